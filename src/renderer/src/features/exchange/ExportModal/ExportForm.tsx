import { Checkbox, Radio, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExportFormat } from '@shared/exchange'
import { type ExportChoices, FORMATS } from '../export-model'
import { QuickStatementsCount } from './QuickStatementsCount'

interface ExportFormProps {
  value: ExportChoices
  onChange: (next: ExportChoices) => void
}

/** Format, the gate's options and the format's own options; main's dialog asks for the folder. */
export function ExportForm({ value, onChange }: ExportFormProps) {
  const { t } = useTranslation('exchange')
  const set = <F extends keyof ExportChoices>(field: F, next: ExportChoices[F]) =>
    onChange({ ...value, [field]: next })
  const isCsv = value.format === 'csv' || value.format === 'datapackage'
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('form.format')}
        value={value.format}
        onChange={(format) => set('format', format as ExportFormat)}
      >
        <Stack gap="xs" mt={6}>
          {FORMATS.map((format) => (
            <Radio
              key={format.value}
              value={format.value}
              label={format.label}
              description={t(`formatHelp.${format.value}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {value.format === 'quickstatements' && <QuickStatementsCount approvedOnly={value.approvedOnly} />}

      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('form.records')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('form.recordsHelp')}
        </Text>
        <Checkbox
          label={t('form.approvedOnly')}
          checked={value.approvedOnly}
          onChange={(event) => set('approvedOnly', event.currentTarget.checked)}
        />
        <Checkbox
          label={t('form.allOrNothing')}
          description={t('form.allOrNothingHelp')}
          checked={value.allOrNothing}
          onChange={(event) => set('allOrNothing', event.currentTarget.checked)}
        />
      </Stack>

      {value.format === 'json' && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('form.jsonFiles')}
          </Text>
          <Checkbox
            label={t('form.perKind')}
            description="sites.json, sources.json, properties.json, statements.json"
            checked={value.perKind}
            onChange={(event) => set('perKind', event.currentTarget.checked)}
          />
          <Checkbox
            label={t('form.jsonLines')}
            description={t('form.jsonLinesHelp')}
            checked={value.jsonLines}
            onChange={(event) => set('jsonLines', event.currentTarget.checked)}
          />
        </Stack>
      )}
      {isCsv && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('form.csvFiles')}
          </Text>
          <Checkbox
            label={t('form.bom')}
            description={t('form.bomHelp')}
            checked={value.bom}
            onChange={(event) => set('bom', event.currentTarget.checked)}
          />
        </Stack>
      )}
    </Stack>
  )
}
