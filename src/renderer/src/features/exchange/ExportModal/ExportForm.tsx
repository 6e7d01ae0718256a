import { Checkbox, Radio, Stack, Text, TextInput } from '@mantine/core'
import type { ExportFormat } from '../../../../../shared/exchange'
import { type ExportChoices, FORMATS } from '../export-model'

interface ExportFormProps {
  value: ExportChoices
  onChange: (next: ExportChoices) => void
}

/** Format, the gate's options, the format's own options and the folder. */
export function ExportForm({ value, onChange }: ExportFormProps) {
  const set = <F extends keyof ExportChoices>(field: F, next: ExportChoices[F]) =>
    onChange({ ...value, [field]: next })
  const isCsv = value.format === 'csv' || value.format === 'datapackage'
  return (
    <Stack gap="md">
      <Radio.Group
        label="Format"
        value={value.format}
        onChange={(format) => set('format', format as ExportFormat)}
      >
        <Stack gap="xs" mt={6}>
          {FORMATS.map((format) => (
            <Radio
              key={format.value}
              value={format.value}
              label={format.label}
              description={format.description}
            />
          ))}
        </Stack>
      </Radio.Group>

      <Stack gap="xs">
        <Text size="sm" fw={500}>
          Records
        </Text>
        <Text size="xs" c="dimmed">
          Records with errors are always left out, and the report says why.
        </Text>
        <Checkbox
          label="Approved records only"
          checked={value.approvedOnly}
          onChange={(event) => set('approvedOnly', event.currentTarget.checked)}
        />
        <Checkbox
          label="All or nothing"
          description="Export nothing while any record has an error, and list the errors."
          checked={value.allOrNothing}
          onChange={(event) => set('allOrNothing', event.currentTarget.checked)}
        />
      </Stack>

      {value.format === 'json' && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            JSON files
          </Text>
          <Checkbox
            label="Also one file per kind"
            description="sites.json, sources.json, properties.json, statements.json"
            checked={value.perKind}
            onChange={(event) => set('perKind', event.currentTarget.checked)}
          />
          <Checkbox
            label="Also JSON Lines"
            description="sites.jsonl, …: one record a line"
            checked={value.jsonLines}
            onChange={(event) => set('jsonLines', event.currentTarget.checked)}
          />
        </Stack>
      )}
      {isCsv && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            CSV files
          </Text>
          <Checkbox
            label="Byte-order mark for Excel"
            description="Lets Excel read the UTF-8 text (Chinese names) correctly."
            checked={value.bom}
            onChange={(event) => set('bom', event.currentTarget.checked)}
          />
        </Stack>
      )}

      <TextInput
        label="Export folder"
        description="An absolute path. Leave it empty to choose the folder when you export."
        placeholder="Choose when exporting"
        value={value.folder}
        onChange={(event) => set('folder', event.currentTarget.value)}
        spellCheck={false}
      />
    </Stack>
  )
}
