import { useState } from 'react'
import { ActionIcon, Button, Group, Menu, Modal, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { Draft, Statement, StatementRow } from '../../../../../shared/domain'
import { MenuDotsIcon } from '../../../components/Icons/Icons'
import { useHoldDrawer } from '../../../components/RecordDrawer/record-level'
import { useNavigation } from '../../../hooks/useNavigation'
import { useDatasetInfo, useDeleteRecord, useSaveRecord } from '../../../hooks/useRecords'
import { useMoveStatement } from './useMoveStatement'

const RANK_ACTIONS: Array<{ rank: Statement['rank']; label: string; done: string }> = [
  { rank: 'preferred', label: 'Mark as preferred', done: 'Marked as preferred' },
  { rank: 'normal', label: 'Mark as normal', done: 'Marked as normal' },
  { rank: 'deprecated', label: 'Deprecate', done: 'Deprecated' },
]

function withRank(record: Statement, rank: Statement['rank']): Draft<'statement'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = record
  return { ...rest, rank }
}

/** Edit (in the statement's drawer), change the rank, or delete one statement of a list. */
export function StatementActions({
  row,
  record,
  siblings,
}: {
  row: StatementRow
  record?: Statement
  siblings: string[]
}) {
  const { openOver } = useNavigation()
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const save = useSaveRecord('statement')
  const move = useMoveStatement(row.id, siblings)
  const remove = useDeleteRecord('statement')
  const [confirming, setConfirming] = useState(false)
  useHoldDrawer(confirming)
  const name = `${row.propertyLabel}: ${row.valueText}`

  const setRank = (rank: Statement['rank'], done: string) => {
    if (!record) return
    save.mutate(withRank(record, rank), {
      onSuccess: () => notifications.show({ message: `${done}. Undo takes it back.`, color: 'teal' }),
      onError: (error) =>
        notifications.show({ title: 'The rank was not changed', message: error.message, color: 'red' }),
    })
  }
  const confirmDelete = () =>
    remove.mutate(
      { id: row.id },
      {
        onSuccess: () => {
          setConfirming(false)
          notifications.show({ message: 'Deleted. Undo brings it back.', color: 'teal' })
        },
        onError: (error) =>
          notifications.show({ title: 'Not deleted', message: error.message, color: 'red' }),
      },
    )

  return (
    <Group gap={4} wrap="nowrap">
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => openOver('statement', row.id)}
        aria-label={`Edit statement “${name}”`}
      >
        Edit
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`More actions for “${name}”`}
            loading={save.isPending}
          >
            <MenuDotsIcon size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Rank</Menu.Label>
          {RANK_ACTIONS.filter((action) => action.rank !== row.rank).map((action) => (
            <Menu.Item
              key={action.rank}
              disabled={readOnly || !record}
              onClick={() => setRank(action.rank, action.done)}
            >
              {action.label}
            </Menu.Item>
          ))}
          <Menu.Label>Position</Menu.Label>
          <Menu.Item disabled={readOnly || !move.canMoveUp} onClick={() => move.run(-1)}>
            Move up
          </Menu.Item>
          <Menu.Item disabled={readOnly || !move.canMoveDown} onClick={() => move.run(1)}>
            Move down
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" disabled={readOnly} onClick={() => setConfirming(true)}>
            Delete…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Delete this statement?" centered>
        <Text size="sm" mb="lg" style={{ overflowWrap: 'anywhere' }}>
          “{name}” will be deleted from the dataset. Undo brings it back.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
          <Button color="red" onClick={confirmDelete} loading={remove.isPending}>
            Delete statement
          </Button>
        </Group>
      </Modal>
    </Group>
  )
}
