import type { MenuItemConstructorOptions } from 'electron'
import path from 'node:path'
import { UI_LANGUAGES, type ColorSchemePreference, type MenuCommand, type UiLanguage } from '@shared/domain'
import { LANGUAGE_NAMES, menuLabels } from './menu-labels'

export interface MenuActions {
  newDataset(): void
  openDataset(): void
  openRecent(folder: string): void
  clearRecent(): void
  saveDatasetAs(): void
  checkForUpdates(): void
  /** The curator's opt-in to checking at startup, shown as a tick. */
  automaticUpdates: boolean
  setAutomaticUpdates(on: boolean): void
  showAbout(): void
  /**
   * What the window carries out. Undo and redo go there too: a text field undoes its typing,
   * anywhere else the dataset steps back. Theme and language go there so that the window applies
   * and saves them the same way as its own switches (the save rebuilds this menu).
   */
  send(command: MenuCommand): void
}

export interface MenuContext {
  platform: NodeJS.Platform
  /** Development builds get reload and the developer tools; installed ones do not. */
  development: boolean
  language: UiLanguage
  colorScheme: ColorSchemePreference
  /** Open Recent's folders, newest first. */
  recent: string[]
}

const separator: MenuItemConstructorOptions = { type: 'separator' }
const SCHEMES: ColorSchemePreference[] = ['auto', 'light', 'dark']
type Role = NonNullable<MenuItemConstructorOptions['role']>
/** Electron's built-in items (cut, zoom…), with the label in the menu's language. */
const roles = (...items: [Role, string][]): MenuItemConstructorOptions[] =>
  items.map(([role, label]) => ({ role, label }))

/**
 * The application menu. Edit's Undo and Redo hold Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z, so they must
 * reach the dataset's undo (a role would only ever undo typing): the window decides which.
 * Find, the palette and the shortcuts list show their keys but leave them to the window
 * (registerAccelerator: false), which handles them itself, also where there is no native menu.
 */
export function menuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin'
  const l = menuLabels(context.language)
  const send = (command: MenuCommand) => () => actions.send(command)
  const windowKey = (label: string, accelerator: string, command: MenuCommand) => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: send(command),
  })
  const about: MenuItemConstructorOptions = { label: l.about, click: () => actions.showAbout() }
  const updates: MenuItemConstructorOptions[] = [
    { label: l.checkUpdates, click: () => actions.checkForUpdates() },
    {
      label: l.updatesAtStartup,
      type: 'checkbox',
      checked: actions.automaticUpdates,
      click: (item) => actions.setAutomaticUpdates(item.checked),
    },
  ]
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Heritage Curator',
          submenu: [
            about,
            separator,
            ...roles(['services', l.services]),
            separator,
            ...roles(['hide', l.hide], ['hideOthers', l.hideOthers], ['unhide', l.unhide]),
            separator,
            ...roles(['quit', l.quit]),
          ],
        },
      ]
    : []
  const recent: MenuItemConstructorOptions[] =
    context.recent.length === 0
      ? [{ label: l.noRecent, enabled: false }]
      : [
          ...context.recent.map((folder) => ({
            // The folder's name first: the full path is long and alike from one dataset to the next.
            label: `${path.basename(folder)} — ${folder}`,
            click: () => actions.openRecent(folder),
          })),
          separator,
          { label: l.clearRecent, click: () => actions.clearRecent() },
        ]
  return [
    ...appMenu,
    {
      label: l.file,
      submenu: [
        { label: l.newDataset, accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newDataset() },
        { label: l.openDataset, accelerator: 'CmdOrCtrl+O', click: () => actions.openDataset() },
        { label: l.openRecent, submenu: recent },
        separator,
        { label: l.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveDatasetAs() },
        separator,
        { label: l.import, click: send({ command: 'import' }) },
        { label: l.export, click: send({ command: 'export' }) },
        separator,
        { role: 'close', label: l.close },
        ...(mac ? [] : [{ role: 'quit', label: l.quit } as const]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, accelerator: 'CmdOrCtrl+Z', click: send({ command: 'undo' }) },
        { label: l.redo, accelerator: 'Shift+CmdOrCtrl+Z', click: send({ command: 'redo' }) },
        separator,
        ...roles(['cut', l.cut], ['copy', l.copy], ['paste', l.paste], ['delete', l.delete]),
        separator,
        { role: 'selectAll', label: l.selectAll },
        separator,
        windowKey(l.find, 'CmdOrCtrl+F', { command: 'find' }),
      ],
    },
    {
      label: l.view,
      submenu: [
        windowKey(l.palette, 'CmdOrCtrl+K', { command: 'palette' }),
        separator,
        {
          label: l.appearance,
          submenu: SCHEMES.map((scheme) => ({
            label: l[scheme === 'auto' ? 'system' : scheme],
            type: 'radio' as const,
            checked: context.colorScheme === scheme,
            click: send({ command: 'color-scheme', scheme }),
          })),
        },
        {
          label: l.language,
          submenu: UI_LANGUAGES.map((language) => ({
            label: LANGUAGE_NAMES[language],
            type: 'radio' as const,
            checked: context.language === language,
            click: send({ command: 'language', language }),
          })),
        },
        separator,
        ...(context.development
          ? [...roles(['reload', l.reload], ['toggleDevTools', l.devTools]), separator]
          : []),
        ...roles(['resetZoom', l.resetZoom], ['zoomIn', l.zoomIn], ['zoomOut', l.zoomOut]),
        separator,
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    { role: 'windowMenu', label: l.window },
    {
      role: 'help',
      label: l.help,
      submenu: [
        windowKey(l.shortcuts, '?', { command: 'shortcuts' }),
        separator,
        ...updates,
        separator,
        about,
      ],
    },
  ]
}
