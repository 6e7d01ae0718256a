import { useEffect } from 'react'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { DatasetEvent, MenuCommand } from '../../../shared/domain'

/** What the window does for each command of the native menu (undo and redo: useUndoRedo). */
export type MenuCommandHandler = (command: MenuCommand) => void

/**
 * Carries out the native menu's commands, and shows a dataset command that failed in main
 * (File › Open, New Dataset, Save As) as a notification that says what to do.
 */
export function useMenuCommands(handle: MenuCommandHandler): void {
  const { t } = useTranslation('palette')
  // Subscribed anew after each render, so that the handler sees the current navigation.
  useEffect(() => {
    const subscribe = window.api?.onDatasetEvent
    if (typeof subscribe !== 'function') return undefined
    return subscribe((event: DatasetEvent) => {
      if (event.type === 'menu-command') handle(event)
      else if (event.type === 'command-failed') {
        notifications.show({
          title: t(`failed.${event.command}.title`),
          message: `${event.message} ${t(`failed.${event.command}.advice`)}`,
          color: 'red',
          autoClose: false,
        })
      }
    })
  })
}
