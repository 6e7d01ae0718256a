import { useState } from 'react'
import { Button, Fieldset, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { issuesAt, useFormIssues } from '@renderer/components/FieldIssues/form-issues'
import { IssueList } from '@renderer/components/FieldIssues/IssueList'
import { useField } from '@renderer/components/FieldIssues/useField'
import { RecordPicker } from '@renderer/components/RecordPicker/RecordPicker'
import { SourceCreateModal } from '@renderer/features/sources/SourceCreateModal/SourceCreateModal'
import { CitationBadge } from '../CitationBadge/CitationBadge'
import type { LocatorLabel, ReferenceFormValues } from '../statement-model'
import { emptyReference } from '../statement-model'

interface ReferencesFieldProps {
  rows: ReferenceFormValues[]
  onChange: (rows: ReferenceFormValues[]) => void
  /** A deprecated statement needs no citation. */
  deprecated: boolean
}

const LOCATORS: readonly LocatorLabel[] = ['page', 'section', 'paragraph']

/** The sources that back the statement, each with the passage that says so. */
export function ReferencesField({ rows, onChange, deprecated }: ReferencesFieldProps) {
  const { t } = useTranslation('statements')
  const field = useField()
  const locators = LOCATORS.map((value) => ({ value, label: t(`locators.${value}`) }))
  const sectionIssues = issuesAt(useFormIssues(), ['/references'])
  // The reference row a new source is being created for, and what was typed in its picker.
  const [creating, setCreating] = useState<{ key: number; title: string } | null>(null)
  const update = (index: number, row: ReferenceFormValues) =>
    onChange(rows.map((r, i) => (i === index ? row : r)))
  const flagged = sectionIssues.some((issue) => issue.rule === 'statement.citation-needed')

  return (
    <Stack gap="xs" data-path="/references">
      <Group gap="xs">
        <Text fw={600} size="sm" component="h3" m={0}>
          {t('references')}
        </Text>
        {rows.length === 0 && !flagged && <CitationBadge count={0} deprecated={deprecated} />}
      </Group>
      <IssueList issues={sectionIssues} />
      {rows.map((row, index) => {
        const base = `/references/${index}`
        const locatorName = t(`locators.${row.locatorLabel ?? 'page'}`)
        return (
          <Fieldset key={row.key} legend={t('reference', { n: index + 1 })} variant="filled" p="sm">
            <Stack gap="xs">
              <RecordPicker
                kind="source"
                label={t('source')}
                description={t('sourceHelp')}
                value={row.source}
                onChange={(source) => update(index, { ...row, source })}
                onCreate={(title) => setCreating({ key: row.key, title })}
                createLabel={t('newSource')}
                {...field(`${base}/source`, base)}
              />
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {t('notInList')}
                </Text>
                <Button
                  variant="subtle"
                  size="compact-xs"
                  onClick={() => setCreating({ key: row.key, title: '' })}
                  aria-label={t('newSourceFor', { n: index + 1 })}
                >
                  {t('newSource')}
                </Button>
              </Group>
              <Group grow align="flex-start">
                <Select
                  label={t('locator')}
                  data={locators}
                  value={row.locatorLabel}
                  onChange={(label) =>
                    label && update(index, { ...row, locatorLabel: label as LocatorLabel })
                  }
                  allowDeselect={false}
                />
                <TextInput
                  label={locatorName}
                  placeholder={t('optional')}
                  value={row.locatorValue}
                  onChange={(event) => update(index, { ...row, locatorValue: event.currentTarget.value })}
                  {...field(`${base}/locator`)}
                />
              </Group>
              <Textarea
                label={t('quote')}
                description={t('quoteHelp')}
                value={row.quote}
                onChange={(event) => update(index, { ...row, quote: event.currentTarget.value })}
                autosize
                minRows={2}
                maxRows={8}
                {...field(`${base}/quote`)}
              />
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-xs"
                  aria-label={t('removeReference', { n: index + 1 })}
                  onClick={() => onChange(rows.filter((_r, i) => i !== index))}
                >
                  {t('remove')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        )
      })}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...rows, emptyReference()])}>
          {t('addReference')}
        </Button>
      </Group>
      <SourceCreateModal
        opened={creating !== null}
        title={creating?.title ?? ''}
        onClose={() => setCreating(null)}
        onCreated={(id) => {
          onChange(rows.map((r) => (r.key === creating?.key ? { ...r, source: id } : r)))
          setCreating(null)
        }}
      />
    </Stack>
  )
}
