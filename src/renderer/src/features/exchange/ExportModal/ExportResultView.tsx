import { Alert, Grid, Group, Stack, Table, Text, Title } from '@mantine/core'
import type { ExportResult } from '../../../../../shared/exchange'
import { RECORD_KINDS } from '../../../../../shared/result'
import type { EditableKind } from '../../../hooks/useNavigation'
import { plural } from '../exchange-api'
import { KIND_LABELS } from '../export-model'
import { CopyableCode, FileHashes } from './FileHashes'
import { LeftOutTable } from './LeftOutTable'

interface ExportResultViewProps {
  result: ExportResult
  onOpenRecord?: (kind: EditableKind, id: string) => void
}

/** After an export: where, how many records per kind, the files with their hashes, and what was left out. */
export function ExportResultView({ result, onOpenRecord }: ExportResultViewProps) {
  const { manifest } = result
  const written = RECORD_KINDS.reduce((n, kind) => n + manifest.counts[kind], 0)
  const leftOut = RECORD_KINDS.reduce((n, kind) => n + manifest.excluded[kind], 0)
  const { errors, warnings, suggestions } = manifest.validation
  return (
    <Stack gap="md">
      <Alert color="teal" title={`Exported ${plural(written, 'record')}`}>
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">Into</Text>
            <CopyableCode value={result.folder} what="the export folder" />
          </Group>
          <Text size="sm">
            {leftOut === 0 ? 'Nothing was left out.' : `${plural(leftOut, 'record')} left out: see below.`}{' '}
            The dataset has {plural(errors, 'error')}, {plural(warnings, 'warning')} and{' '}
            {plural(suggestions, 'suggestion')}.
          </Text>
        </Stack>
      </Alert>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap={6}>
            <Title order={3} size="h5">
              Records
            </Title>
            <Table verticalSpacing={4} aria-label="Records per kind">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th ta="right">Exported</Table.Th>
                  <Table.Th ta="right">Left out</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {RECORD_KINDS.map((kind) => (
                  <Table.Tr key={kind}>
                    <Table.Td>{KIND_LABELS[kind].many}</Table.Td>
                    <Table.Td ta="right">{manifest.counts[kind].toLocaleString('en')}</Table.Td>
                    <Table.Td ta="right" c={manifest.excluded[kind] > 0 ? 'orange' : undefined}>
                      {manifest.excluded[kind].toLocaleString('en')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap={6}>
            <Title order={3} size="h5">
              Files written
            </Title>
            <FileHashes files={result.files} />
          </Stack>
        </Grid.Col>
      </Grid>

      <Stack gap={6}>
        <Title order={3} size="h5">
          Left out
        </Title>
        <LeftOutTable excluded={result.excluded} onOpenRecord={onOpenRecord} />
      </Stack>
    </Stack>
  )
}
