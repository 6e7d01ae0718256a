import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Resolution } from '@shared/team'
import type { MergeFieldRow, MergeRecordView } from '@shared/team-api'
import { FieldValue } from '@renderer/components/RecordHistory/FieldDiffTable'
import { useFieldWords } from '@renderer/components/RecordHistory/history-format'
import { RecordLabel } from './RecordLabel'
import { useResolveField, useResolveRecord } from './team-hooks'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

type Choice = 'base' | 'ours' | 'theirs' | 'edit'

function choiceOf(resolution: Resolution | undefined): Choice | null {
  if (!resolution) return null
  if ('take' in resolution) return resolution.take
  return 'edit'
}

/** A typed value as text to edit: strings as they are, anything else as JSON. */
const asText = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)

function parseEdited(text: string, like: unknown): unknown {
  if (typeof like === 'string' || like === undefined) return text
  return JSON.parse(text) as unknown
}

/** One field: base, mine, theirs, and the result, with the choice of a side or an edited value. */
function FieldRow({ recordKey, row }: { recordKey: string; row: MergeFieldRow }) {
  const { t } = useTranslation(['team', 'common'])
  const { fieldLabel } = useFieldWords()
  const resolve = useResolveField()
  const [editing, setEditing] = useState<string | null>(null)
  const [parseError, setParseError] = useState<string | null>(null)
  const choice = choiceOf(row.resolution)
  const send = (resolution: Resolution | null) =>
    resolve.mutate({ record: recordKey, path: row.path, resolution })
  const like = row.ours ?? row.theirs ?? row.base
  return (
    <Table.Tr data-testid="conflict-field" data-path={row.path}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {fieldLabel(row.path)}
        </Text>
        {row.reason && (
          <Text size="xs" c="orange">
            {t(`conflicts.reason.${row.reason}`)}
          </Text>
        )}
      </Table.Td>
      {(['base', 'ours', 'theirs'] as const).map((side) => (
        <Table.Td key={side} bg={choice === side ? 'var(--mantine-color-teal-light)' : undefined}>
          <FieldValue value={row[side]} path={row.path} />
        </Table.Td>
      ))}
      <Table.Td>
        {editing !== null ? (
          <Stack gap={4}>
            <TextInput
              size="xs"
              value={editing}
              onChange={(e) => setEditing(e.currentTarget.value)}
              aria-label={t('conflicts.editValue', { field: fieldLabel(row.path) })}
              error={parseError}
              data-autofocus
            />
            <Group gap={4}>
              <Button
                size="compact-xs"
                onClick={() => {
                  try {
                    send({ set: parseEdited(editing, like) })
                    setEditing(null)
                    setParseError(null)
                  } catch {
                    setParseError(t('conflicts.notJson'))
                  }
                }}
              >
                {t('conflicts.useValue')}
              </Button>
              <Button size="compact-xs" variant="default" onClick={() => setEditing(null)}>
                {t('common:actions.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap={4}>
            <FieldValue value={row.result} path={row.path} />
            <Group gap={4} wrap="nowrap">
              <SegmentedControl
                size="xs"
                value={choice ?? ''}
                onChange={(value) =>
                  value === 'edit'
                    ? setEditing(asText(row.result))
                    : send({ take: value as 'base' | 'ours' | 'theirs' })
                }
                data={[
                  { value: 'ours', label: t('conflicts.mine') },
                  { value: 'theirs', label: t('conflicts.theirs') },
                  { value: 'base', label: t('conflicts.base') },
                  { value: 'edit', label: t('conflicts.edit') },
                ]}
                aria-label={t('conflicts.choose', { field: fieldLabel(row.path) })}
              />
            </Group>
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

/** A conflicted record: its field table (base, mine, theirs, result), its checks, and "all mine / all theirs". */
export function ConflictRecord({ record }: { record: MergeRecordView }) {
  const { t } = useTranslation(['team', 'common'])
  const resolveAll = useResolveRecord()
  const headingId = `conflict-${record.key}`
  return (
    <Card withBorder padding="sm" data-testid="conflict-record" data-record={record.key}>
      <Group justify="space-between" wrap="wrap" mb="xs">
        <RecordLabel kind={record.kind} id={record.id} name={record} headingId={headingId} />
        <Group gap="xs">
          <Badge color={record.resolved ? 'teal' : 'orange'} variant="light">
            {record.resolved
              ? t('conflicts.resolved')
              : record.unresolved === 0
                ? t('conflicts.notValid')
                : t('conflicts.unresolved', { count: record.unresolved })}
          </Badge>
          <Button
            size="xs"
            variant="default"
            onClick={() => resolveAll.mutate({ record: record.key, side: 'ours' })}
          >
            {t('conflicts.allMine')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => resolveAll.mutate({ record: record.key, side: 'theirs' })}
          >
            {t('conflicts.allTheirs')}
          </Button>
        </Group>
      </Group>
      <SimpleTable
        layout="fixed"
        verticalSpacing={6}
        fz="sm"
        aria-labelledby={headingId}
        headers={[
          { label: t('conflicts.field'), w: '18%' },
          t('conflicts.base'),
          t('conflicts.mine'),
          t('conflicts.theirs'),
          { label: t('conflicts.result'), w: '30%' },
        ]}
      >
        {record.rows.map((row) => (
          <FieldRow key={row.path} recordKey={record.key} row={row} />
        ))}
      </SimpleTable>
      {record.issues.length > 0 && (
        <Alert color="red" mt="xs" title={t('conflicts.invalid')} data-testid="conflict-issues">
          <Stack gap={2}>
            {record.issues.map((issue, i) => (
              <Text size="sm" key={`${issue.path}-${i}`}>
                {issue.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </Card>
  )
}
