import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Command } from '@shared/domain'
import { refreshEverything } from '@renderer/hooks/useRecords'
import { useUnsavedChanges } from '@renderer/hooks/useUnsavedChanges'
import { api } from '@renderer/lib/api'

/**
 * "Merged into …" with an Undo button. Main's undo takes whatever step is last, so the button
 * undoes only while the merge still is; otherwise it says so and changes nothing.
 */
export function useMergedNotice() {
  const { t } = useTranslation('duplicates')
  const client = useQueryClient()
  const { confirmDiscard } = useUnsavedChanges()

  const undoMerge = async (command: Command, noticeId: string) => {
    notifications.hide(noticeId)
    try {
      const last = (await api.getUndoState()).undo
      if (last?.at !== command.at || last.label !== command.label) {
        notifications.show({ color: 'gray', message: t('undo.notLast') })
        return
      }
      await api.undo()
      notifications.show({ color: 'teal', message: t('undo.done') })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      notifications.show({ color: 'red', title: t('undo.failed'), message, autoClose: false })
    } finally {
      await refreshEverything(client)
    }
  }

  return (command: Command, keptName: string) => {
    const noticeId = `merged-${command.id}`
    notifications.show({
      id: noticeId,
      color: 'teal',
      autoClose: 15_000,
      title: t('merged.title', { name: keptName }),
      message: (
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text size="sm">{t('merged.body')}</Text>
          <Button
            size="xs"
            variant="light"
            aria-label={t('merged.undoLabel')}
            onClick={() => confirmDiscard(() => void undoMerge(command, noticeId))}
          >
            {t('merged.undo')}
          </Button>
        </Group>
      ),
    })
  }
}
