import type { MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  openDataset(): void
  saveDatasetAs(): void
  checkForUpdates(): void
  /** The curator's opt-in to checking at startup, shown as a tick. */
  automaticUpdates: boolean
  setAutomaticUpdates(on: boolean): void
  showAbout(): void
  /** Undo and redo go to the window: a text field undoes its typing, anywhere else the dataset steps back. */
  undo(): void
  redo(): void
}

export interface MenuContext {
  platform: NodeJS.Platform
  /** Development builds get reload and the developer tools; installed ones do not. */
  development: boolean
}

const APP_NAME = 'Heritage Curator'
const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The application menu. Edit's Undo and Redo hold Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z, so they must
 * reach the dataset's undo (a role would only ever undo typing): the window decides which.
 */
export function menuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin'
  const about: MenuItemConstructorOptions = { label: `About ${APP_NAME}`, click: () => actions.showAbout() }
  const updates: MenuItemConstructorOptions[] = [
    { label: 'Check for Updates…', click: () => actions.checkForUpdates() },
    {
      label: 'Check for Updates at Startup',
      type: 'checkbox',
      checked: actions.automaticUpdates,
      click: (item) => actions.setAutomaticUpdates(item.checked),
    },
  ]
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: APP_NAME,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : []
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        { label: 'Open Dataset…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDataset() },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveDatasetAs() },
        separator,
        { role: 'close' },
        ...(mac ? [] : [{ role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => actions.redo() },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        separator,
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...(context.development
          ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [...updates, separator, about] },
  ]
}
