import { useState } from 'react'
import { ActionIcon, Button, Group, Menu, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { notifications } from '@mantine/notifications'
import type { Draft, Statement, StatementRow } from '@shared/domain'
import { MenuDotsIcon } from '@renderer/components/Icons/Icons'
import { useHoldDrawer } from '@renderer/components/RecordDrawer/record-level'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo, useDeleteRecord, useSaveRecord } from '@renderer/hooks/useRecords'
import { useMoveStatement } from './useMoveStatement'

const RANKS: ReadonlyArray<Statement['rank']> = ['preferred', 'normal', 'deprecated']

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
  const { t } = useTranslation('statements')
  const { openOver } = useNavigation()
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const save = useSaveRecord('statement')
  const move = useMoveStatement(row.id, siblings)
  const remove = useDeleteRecord('statement')
  const [confirming, setConfirming] = useState(false)
  useHoldDrawer(confirming)
  const name = `${row.propertyLabel}: ${row.valueText}`

  const setRank = (rank: Statement['rank']) => {
    if (!record) return
    save.mutate(withRank(record, rank), {
      onSuccess: () => notifications.show({ message: t(`rankDone.${rank}`), color: 'teal' }),
      onError: (error) =>
        notifications.show({ title: t('rankNotChanged'), message: error.message, color: 'red' }),
    })
  }
  const confirmDelete = () =>
    remove.mutate(
      { id: row.id },
      {
        onSuccess: () => {
          setConfirming(false)
          notifications.show({ message: t('deleted'), color: 'teal' })
        },
        onError: (error) =>
          notifications.show({ title: t('notDeleted'), message: error.message, color: 'red' }),
      },
    )

  return (
    <Group gap={4} wrap="nowrap">
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => openOver('statement', row.id)}
        aria-label={t('editNamed', { name })}
      >
        {t('edit')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('moreFor', { name })}
            loading={save.isPending}
          >
            <MenuDotsIcon size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('rank')}</Menu.Label>
          {RANKS.filter((rank) => rank !== row.rank).map((rank) => (
            <Menu.Item key={rank} disabled={readOnly || !record} onClick={() => setRank(rank)}>
              {t(`rankActions.${rank}`)}
            </Menu.Item>
          ))}
          <Menu.Label>{t('position')}</Menu.Label>
          <Menu.Item disabled={readOnly || !move.canMoveUp} onClick={() => move.run(-1)}>
            {t('moveUp')}
          </Menu.Item>
          <Menu.Item disabled={readOnly || !move.canMoveDown} onClick={() => move.run(1)}>
            {t('moveDown')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" disabled={readOnly} onClick={() => setConfirming(true)}>
            {t('deleteMenu')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('deleteTitle')} centered>
        <Text size="sm" mb="lg" style={{ overflowWrap: 'anywhere' }}>
          {t('deleteText', { name })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('keepIt')}
          </Button>
          <Button color="red" onClick={confirmDelete} loading={remove.isPending}>
            {t('deleteStatement')}
          </Button>
        </Group>
      </Modal>
    </Group>
  )
}
