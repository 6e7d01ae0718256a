import { Alert, Grid, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLabels } from '@renderer/i18n/useLabels'
import { useFormat } from '@renderer/i18n/format'
import type { ExportResult } from '@shared/exchange'
import { RECORD_KINDS } from '@shared/result'
import type { EditableKind } from '@renderer/hooks/useNavigation'
import { CopyableCode, FileHashes } from './FileHashes'
import { LeftOutTable } from './LeftOutTable'
import { QuickStatementsReason } from './QuickStatementsCount'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

interface ExportResultViewProps {
  result: ExportResult
  onOpenRecord?: (kind: EditableKind, id: string) => void
}

/** After an export: where, how many records per kind, the files with their hashes, and what was left out. */
export function ExportResultView({ result, onOpenRecord }: ExportResultViewProps) {
  const { t } = useTranslation(['exchange', 'quickstatements'])
  const labels = useLabels()
  const format = useFormat()
  const { manifest } = result
  const written = RECORD_KINDS.reduce((n, kind) => n + manifest.counts[kind], 0)
  const leftOut = RECORD_KINDS.reduce((n, kind) => n + manifest.excluded[kind], 0)
  const { errors, warnings, suggestions } = manifest.validation
  const empty = result.quickStatements?.reason
  return (
    <Stack gap="md">
      {empty && (
        // Files were written (the report says what was left out), but nothing Wikidata can take.
        <Alert color="orange" title={t('quickstatements:noneWritten')} role="alert">
          <QuickStatementsReason reason={empty} />
        </Alert>
      )}
      <Alert
        color={empty ? 'gray' : 'teal'}
        title={t('result.exported', { records: labels.count(written, 'record') })}
      >
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{t('result.into')}</Text>
            <CopyableCode value={result.folder} what={t('result.folder')} />
          </Group>
          <Text size="sm">
            {leftOut === 0
              ? t('result.nothingLeftOut')
              : t('result.leftOutSee', { records: labels.count(leftOut, 'record') })}{' '}
            {t('result.datasetHas', {
              errors: labels.severityCount('error', errors),
              warnings: labels.severityCount('warning', warnings),
              suggestions: labels.severityCount('suggestion', suggestions),
            })}
          </Text>
        </Stack>
      </Alert>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t('result.records')}
            </Title>
            <SimpleTable
              verticalSpacing={4}
              aria-label={t('result.perKind')}
              headers={[
                t('result.kind'),
                { label: t('result.exportedCol'), ta: 'right' },
                { label: t('result.leftOutCol'), ta: 'right' },
              ]}
            >
              {RECORD_KINDS.map((kind) => (
                <Table.Tr key={kind}>
                  <Table.Td>{t(`kinds.${kind}`)}</Table.Td>
                  <Table.Td ta="right">{format.number(manifest.counts[kind])}</Table.Td>
                  <Table.Td ta="right" c={manifest.excluded[kind] > 0 ? 'orange' : undefined}>
                    {format.number(manifest.excluded[kind])}
                  </Table.Td>
                </Table.Tr>
              ))}
            </SimpleTable>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap={6}>
            <Title order={3} size="h5">
              {t('result.filesWritten')}
            </Title>
            <FileHashes files={result.files} />
          </Stack>
        </Grid.Col>
      </Grid>

      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('result.leftOut')}
        </Title>
        <LeftOutTable excluded={result.excluded} onOpenRecord={onOpenRecord} />
      </Stack>
    </Stack>
  )
}
