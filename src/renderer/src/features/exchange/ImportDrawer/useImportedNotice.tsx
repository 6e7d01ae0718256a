import { Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLabels } from '@renderer/i18n/useLabels'
import { useOs } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import type { Command } from '@shared/domain'
import type { ImportOutcome } from '@shared/exchange'
import { refreshEverything } from '@renderer/hooks/useRecords'
import { useUnsavedChanges } from '@renderer/hooks/useUnsavedChanges'
import { useSayCommand } from '@renderer/hooks/useCommandText'
import { api } from '@renderer/lib/api'

/**
 * After a commit: "Imported N records" with an Undo button. The button undoes only while the
 * import is still the last step (main's undo takes whatever is last); Ctrl/Cmd+Z is the app's undo.
 */
export function useImportedNotice() {
  const { t } = useTranslation('exchange')
  const labels = useLabels()
  // Main's label ("Import whc-sites.csv") said in the interface language.
  const say = useSayCommand()
  const client = useQueryClient()
  const { confirmDiscard } = useUnsavedChanges()
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl+'

  const undoImport = (command: Command, noticeId: string) =>
    confirmDiscard(() => {
      notifications.hide(noticeId)
      void (async () => {
        try {
          const last = (await api.getUndoState()).undo
          if (last?.label !== command.label || last.at !== command.at) {
            notifications.show({
              message: t('importer.notLast'),
              color: 'gray',
            })
            return
          }
          const undone = await api.undo()
          notifications.show({
            message: t('importer.undone', { label: say(undone?.label ?? command.label, undone?.names) }),
            color: 'teal',
          })
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          notifications.show({ title: t('importer.undoFailed'), message, color: 'red', autoClose: false })
        } finally {
          await refreshEverything(client)
        }
      })()
    })

  /** "1,164 added, 1 changed, 58 unchanged, 0 refused." and the rows the curator left out. */
  const tallyText = ({ tally }: ImportOutcome) =>
    [
      t('importer.tally', { ...tally }),
      tally.leftOut > 0 ? t('importer.tallyLeftOut', { count: tally.leftOut }) : '',
    ]
      .filter(Boolean)
      .join(' ')

  return (outcome: ImportOutcome) => {
    const { command } = outcome
    if (!command) {
      notifications.show({ title: t('importer.nothing'), message: tallyText(outcome), color: 'gray' })
      return
    }
    const noticeId = `imported-${command.id}`
    notifications.show({
      id: noticeId,
      color: 'teal',
      autoClose: 15_000,
      title: t('importer.imported', { records: labels.count(outcome.applied, 'record') }),
      message: (
        // Text above, the button on a line of its own: a narrow notice never clips it.
        <Stack gap={6}>
          <Text size="sm" data-testid="import-tally">
            {tallyText(outcome)}
          </Text>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed">
              {t('importer.undoWhole', { shortcut: `${mod}Z` })}
            </Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => undoImport(command, noticeId)}
              aria-label={t('importer.undoLabel')}
            >
              {t('importer.undo')}
            </Button>
          </Group>
        </Stack>
      ),
    })
  }
}
