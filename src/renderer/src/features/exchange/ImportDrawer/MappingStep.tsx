import { useState } from 'react'
import { Alert, Button, Code, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { CsvColumnTarget } from '@shared/exchange'
import { useFieldWords } from '@renderer/components/RecordHistory/history-format'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import type { NeedsMapping } from './useImportFlow'

const NONE = '-'

/** `name:en` is "Name (en)", `unescoId` "UNESCO id": a target as the pointer of its field. */
function targetPointer(target: string): string {
  return `/${target.replace(':', '/')}`
}

/**
 * Main lists per-language targets as templates (`name:<lang>`): one option per language of the
 * dataset, and of the suggestion (a column `name_fr` suggests `name:fr`).
 */
export function targetOptions(targets: string[], languages: string[], mapped: CsvColumnTarget[]): string[] {
  const langs = new Set(languages)
  for (const target of mapped) {
    const lang = target?.match(/^[a-z]+:(.+)$/)?.[1]
    if (lang) langs.add(lang)
  }
  return targets.flatMap((target) =>
    target.endsWith(':<lang>') ? [...langs].map((lang) => target.replace('<lang>', lang)) : [target],
  )
}

interface MappingStepProps {
  file: string
  needs: NeedsMapping
  initial: CsvColumnTarget[]
  busy: boolean
  onApply: (mapping: CsvColumnTarget[]) => void
  onCancel: () => void
}

/** One target per column, main's suggestion first; the mapping is remembered for this header layout. */
export function MappingStep({ file, needs, initial, busy, onApply, onCancel }: MappingStepProps) {
  const { t } = useTranslation('exchange')
  const { fieldLabel } = useFieldWords()
  const [mapping, setMapping] = useState<CsvColumnTarget[]>(initial)
  const languages = useDatasetInfo().data?.manifest.languages ?? ['en']
  const options = [
    { value: NONE, label: t('importPreview.mapping.notImported') },
    ...targetOptions(needs.targets, languages, [...needs.suggested, ...initial]).map((target) => ({
      value: target,
      label: fieldLabel(targetPointer(target)),
    })),
  ]
  const columnOf = new Map<string, number>()
  mapping.forEach((target, index) => {
    if (target !== null && !columnOf.has(target)) columnOf.set(target, index)
  })
  const twice = (index: number) => {
    const target = mapping[index]
    return target !== null && target !== undefined && columnOf.get(target) !== index
  }
  const anyTwice = mapping.some((_, index) => twice(index))
  const identifies = mapping.some(
    (t) => t !== null && (t === 'id' || t === 'unescoId' || t.startsWith('name:')),
  )

  return (
    <Stack gap="md">
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="importPreview.mapping.intro"
          values={{ file: file.split(/[\\/]/).pop() }}
          components={{ file: <Code /> }}
        />
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
        {needs.headers.map((header, index) => (
          <Select
            key={`${index}:${header}`}
            label={t('importPreview.mapping.column', {
              header: header || t('importPreview.mapping.unnamed', { position: index + 1 }),
            })}
            data={options}
            value={mapping[index] ?? NONE}
            onChange={(value) =>
              setMapping((current) =>
                current.map((t, i) => (i === index ? (value && value !== NONE ? value : null) : t)),
              )
            }
            allowDeselect={false}
            searchable
            error={
              twice(index)
                ? t('importPreview.mapping.twice', {
                    column: (columnOf.get(mapping[index] ?? '') ?? 0) + 1,
                  })
                : undefined
            }
          />
        ))}
      </SimpleGrid>
      {!identifies && <Alert color="yellow">{t('importPreview.mapping.identify')}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('importPreview.mapping.another')}
        </Button>
        <Button onClick={() => onApply(mapping)} disabled={anyTwice || !identifies} loading={busy}>
          {t('importPreview.mapping.apply')}
        </Button>
      </Group>
    </Stack>
  )
}
