import { Group, NumberInput, SimpleGrid, Switch } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FieldBlock, useField } from '@renderer/components/FieldIssues/useField'
import { ReviewFields } from '@renderer/components/ReviewFields/ReviewFields'
import type { SiteFieldsProps } from './SiteIdentityFields'
import { ShowOnMapButton } from '@renderer/features/map/ShowOnMapButton/ShowOnMapButton'
import { useLocalName } from '@renderer/lib/record-name'

/** Danger, location, area and the curation status. */
export function SiteDetailFields({ values, set, siteId }: SiteFieldsProps & { siteId?: string }) {
  const { t } = useTranslation('sites')
  const field = useField()
  const localName = useLocalName()
  return (
    <>
      <Group gap="xl" align="flex-start">
        <FieldBlock path="/inDanger">
          <Switch
            label={t('inDanger')}
            checked={values.inDanger}
            onChange={(event) => set('inDanger', event.currentTarget.checked)}
          />
        </FieldBlock>
        <FieldBlock path="/transboundary">
          <Switch
            label={t('transboundary')}
            checked={values.transboundary}
            onChange={(event) => set('transboundary', event.currentTarget.checked)}
          />
        </FieldBlock>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('latitude')}
          description={t('latitudeHelp')}
          value={values.latitude}
          onChange={(value) => set('latitude', value)}
          min={-90}
          max={90}
          clampBehavior="strict"
          decimalScale={6}
          hideControls
          {...field('/location/latitude', '/location')}
        />
        <NumberInput
          label={t('longitude')}
          description={t('longitudeHelp')}
          value={values.longitude}
          onChange={(value) => set('longitude', value)}
          min={-180}
          max={180}
          clampBehavior="strict"
          decimalScale={6}
          hideControls
          {...field('/location/longitude')}
        />
        <NumberInput
          label={t('area')}
          value={values.areaHectares}
          onChange={(value) => set('areaHectares', value)}
          allowNegative={false}
          thousandSeparator=","
          hideControls
          {...field('/areaHectares')}
        />
        <NumberInput
          label={t('bufferZone')}
          value={values.bufferZoneHectares}
          onChange={(value) => set('bufferZoneHectares', value)}
          allowNegative={false}
          thousandSeparator=","
          hideControls
          {...field('/bufferZoneHectares')}
        />
      </SimpleGrid>
      <ShowOnMapButton
        siteId={siteId}
        name={localName(values.names)}
        latitude={values.latitude}
        longitude={values.longitude}
      />
      <ReviewFields
        status={values.status}
        onStatus={(status) => set('status', status)}
        note={values.reviewNote}
        onNote={(note) => set('reviewNote', note)}
      />
    </>
  )
}
