import { Group, NumberInput, Select, SimpleGrid, Switch, Textarea } from '@mantine/core'
import { STATUS_OPTIONS } from '../../../lib/labels'
import type { SiteFormValues } from '../site-model'
import type { SiteFieldsProps } from './SiteIdentityFields'

function joined(...messages: Array<string | undefined>): string | undefined {
  const present = messages.filter(Boolean)
  return present.length > 0 ? present.join(' ') : undefined
}

/** Danger, location, area and the curation status. */
export function SiteDetailFields({ values, set, errors }: SiteFieldsProps) {
  return (
    <>
      <Group gap="xl">
        <Switch
          label="In danger"
          checked={values.inDanger}
          onChange={(event) => set('inDanger', event.currentTarget.checked)}
          error={errors['/inDanger']}
        />
        <Switch
          label="Transboundary"
          checked={values.transboundary}
          onChange={(event) => set('transboundary', event.currentTarget.checked)}
          error={errors['/transboundary']}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Latitude"
          description="Decimal degrees, −90 to 90"
          value={values.latitude}
          onChange={(value) => set('latitude', value)}
          decimalScale={6}
          hideControls
          error={joined(errors['/location'], errors['/location/latitude'])}
        />
        <NumberInput
          label="Longitude"
          description="Decimal degrees, −180 to 180"
          value={values.longitude}
          onChange={(value) => set('longitude', value)}
          decimalScale={6}
          hideControls
          error={errors['/location/longitude']}
        />
        <NumberInput
          label="Area (ha)"
          value={values.areaHectares}
          onChange={(value) => set('areaHectares', value)}
          thousandSeparator=","
          hideControls
          error={errors['/areaHectares']}
        />
        <NumberInput
          label="Buffer zone (ha)"
          value={values.bufferZoneHectares}
          onChange={(value) => set('bufferZoneHectares', value)}
          thousandSeparator=","
          hideControls
          error={errors['/bufferZoneHectares']}
        />
      </SimpleGrid>
      <Select
        label="Status"
        data={STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => status && set('status', status as SiteFormValues['status'])}
        allowDeselect={false}
        error={errors['/status']}
      />
      <Textarea
        label="Reviewer note"
        value={values.reviewNote}
        onChange={(event) => set('reviewNote', event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={8}
        error={errors['/reviewNote']}
      />
    </>
  )
}
