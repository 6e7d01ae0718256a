import { Button, Fieldset, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { RecordPicker } from '../../../components/RecordPicker/RecordPicker'
import { CitationBadge } from '../CitationBadge/CitationBadge'
import type { LocatorLabel, ReferenceFormValues } from '../statement-model'
import { emptyReference } from '../statement-model'

interface ReferencesFieldProps {
  rows: ReferenceFormValues[]
  onChange: (rows: ReferenceFormValues[]) => void
  errors: Record<string, string>
}

const LOCATORS: Array<{ value: LocatorLabel; label: string }> = [
  { value: 'page', label: 'Page' },
  { value: 'section', label: 'Section' },
  { value: 'paragraph', label: 'Paragraph' },
]

/** The sources that back the statement, each with the passage that says so. */
export function ReferencesField({ rows, onChange, errors }: ReferencesFieldProps) {
  const update = (index: number, row: ReferenceFormValues) =>
    onChange(rows.map((r, i) => (i === index ? row : r)))
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text fw={600} size="sm" component="h3" m={0}>
          References
        </Text>
        {rows.length === 0 && <CitationBadge count={0} />}
      </Group>
      {errors['/references'] && (
        <Text size="sm" c="red">
          {errors['/references']}
        </Text>
      )}
      {rows.map((row, index) => {
        const base = `/references/${index}`
        const locatorName = LOCATORS.find((l) => l.value === row.locatorLabel)?.label ?? 'Page'
        return (
          <Fieldset key={row.key} legend={`Reference ${index + 1}`} variant="filled" p="sm">
            <Stack gap="xs">
              <RecordPicker
                kind="source"
                label="Source"
                value={row.source}
                onChange={(source) => update(index, { ...row, source })}
                error={errors[`${base}/source`] ?? errors[base]}
              />
              <Textarea
                label="Quote"
                description="The passage of the source that supports the statement"
                value={row.quote}
                onChange={(event) => update(index, { ...row, quote: event.currentTarget.value })}
                autosize
                minRows={2}
                maxRows={8}
                error={errors[`${base}/quote`]}
              />
              <Group grow align="flex-start">
                <Select
                  label="Locator"
                  data={LOCATORS}
                  value={row.locatorLabel}
                  onChange={(label) =>
                    label && update(index, { ...row, locatorLabel: label as LocatorLabel })
                  }
                  allowDeselect={false}
                />
                <TextInput
                  label={locatorName}
                  placeholder="Optional"
                  value={row.locatorValue}
                  onChange={(event) => update(index, { ...row, locatorValue: event.currentTarget.value })}
                  error={errors[`${base}/locator`]}
                />
              </Group>
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-xs"
                  aria-label={`Remove reference ${index + 1}`}
                  onClick={() => onChange(rows.filter((_r, i) => i !== index))}
                >
                  Remove
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        )
      })}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...rows, emptyReference()])}>
          Add reference
        </Button>
      </Group>
    </Stack>
  )
}
