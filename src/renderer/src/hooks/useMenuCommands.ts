import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { MenuCommand } from '@shared/domain'
import { useDatasetEvent } from './useDatasetEvent'

/** What the window does for each command of the native menu (undo and redo: useUndoRedo). */
export type MenuCommandHandler = (command: MenuCommand) => void

/**
 * Carries out the native menu's commands, and shows a dataset command that failed in main
 * (File › Open, New Dataset, Save As) as a notification that says what to do.
 */
export function useMenuCommands(handle: MenuCommandHandler): void {
  const { t } = useTranslation('palette')
  // The latest handler is called, so that it sees the current navigation.
  useDatasetEvent(['menu-command', 'command-failed'], (event) => {
    if (event.type === 'menu-command') handle(event)
    else {
      notifications.show({
        title: t(`failed.${event.command}.title`),
        message: `${event.message} ${t(`failed.${event.command}.advice`)}`,
        color: 'red',
        autoClose: false,
      })
    }
  })
}
