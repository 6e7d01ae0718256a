import { app, BrowserWindow, dialog, Menu, nativeTheme, shell } from 'electron'
import electronUpdater from 'electron-updater'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { EVENT_CHANNEL } from '@shared/channels'
import type { DatasetCommandName, DatasetEvent } from '@shared/domain'
import { clearRecentDatasets, readSettings, recentDatasets, updateSettings } from '../services/settings-store'
import { aboutText, readBundledPackages } from './about'
import type { DatasetCommands } from './dataset-commands'
import { menuTemplate } from './menu'
import { menuLanguage } from './menu-labels'
import { createUpdates, type Updater, type Updates } from './updates'

// The Electron side of the app's chrome: the About dialog, the updater and the menu. The logic
// they show lives in about.ts, updates.ts and menu.ts, which tests drive without Electron.

/** Written by scripts/packaging/licenses.ts beside out/main at build time. */
const LICENCES_JSON = path.join(import.meta.dirname, '../licenses.json')

function licenceTextFile(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'THIRD_PARTY_LICENSES.txt')
    : path.join(import.meta.dirname, '../THIRD_PARTY_LICENSES.txt')
}

async function showAboutDialog(): Promise<void> {
  const { message, detail } = aboutText({
    version: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
    packages: await readBundledPackages(LICENCES_JSON),
  })
  const file = licenceTextFile()
  const buttons = existsSync(file) ? ['OK', 'Show Licences'] : ['OK']
  const options = { type: 'info' as const, title: 'About Heritage Curator', message, detail, buttons }
  const parent = BrowserWindow.getFocusedWindow()
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options)
  if (response === 1) await shell.openPath(file)
}

/** Why this copy cannot update itself, or null when it can. */
function cannotUpdate(): string | null {
  if (!app.isPackaged) {
    return 'This copy runs from the source code (npm start). Installed copies update from the project’s GitHub releases.'
  }
  const feed = path.join(process.resourcesPath, 'app-update.yml')
  // electron-builder writes the file even when it knew no repository, then without a provider.
  if (!existsSync(feed) || !/^provider:/m.test(readFileSync(feed, 'utf8'))) {
    return 'This build was made without an update source, so it cannot look for new versions.'
  }
  return null
}

const inertUpdater: Updater = {
  autoDownload: false,
  autoInstallOnAppQuit: false,
  checkForUpdates: async () => null,
  downloadUpdate: async () => [],
  quitAndInstall: () => undefined,
}

export function createAppUpdates(beforeInstall: () => Promise<void>): Updates {
  const reason = cannotUpdate()
  const userData = app.getPath('userData')
  const ask = async (message: string, detail: string, buttons: string[]) =>
    (
      await dialog.showMessageBox({
        type: 'question',
        message,
        detail,
        buttons,
        cancelId: buttons.length - 1,
      })
    ).response
  return createUpdates({
    // Touching autoUpdater builds the platform's updater: only where it can work.
    updater: reason ? inertUpdater : electronUpdater.autoUpdater,
    currentVersion: app.getVersion(),
    cannotUpdate: reason,
    preference: {
      read: async () => (await readSettings(userData)).checkForUpdates === true,
      write: (on) => updateSettings(userData, { checkForUpdates: on }),
    },
    ask,
    inform: async (message, detail) => void (await dialog.showMessageBox({ type: 'info', message, detail })),
    beforeInstall,
    log: (message) => console.warn(message),
  })
}

function sendToWindow(event: DatasetEvent): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  window?.webContents.send(EVENT_CHANNEL, event)
}

const FAILURE_TITLES: Record<DatasetCommandName, string> = {
  open: 'The dataset could not be opened',
  'save-as': 'The copy could not be saved',
  new: 'The new dataset could not be made',
}

/**
 * A dataset command from the menu failed: the window shows it as a notification that says what
 * to do (in the interface's language); before there is a window, an error box.
 */
export function reportCommandFailure(
  command: DatasetCommandName,
  message: string,
  broadcast: (event: DatasetEvent) => void,
): void {
  if (BrowserWindow.getAllWindows().length > 0) broadcast({ type: 'command-failed', command, message })
  else dialog.showErrorBox(FAILURE_TITLES[command], message)
}

const THEME_SOURCE = { auto: 'system', light: 'light', dark: 'dark' } as const

export interface AppMenu {
  /** Builds the menu again from settings.json: after a language, theme or recent-list change. */
  refresh(): Promise<void>
}

/** Installs the application menu and keeps it, and main's theme, in step with the settings. */
export async function installAppMenu(
  commands: DatasetCommands,
  updates: Updates,
  userDataDir: string,
): Promise<AppMenu> {
  const refresh = async () => {
    const settings = await readSettings(userDataDir)
    const colorScheme = settings.colorScheme ?? 'auto'
    // Native dialogs, the title bar and the scroll bars follow the app's theme, not only the page.
    nativeTheme.themeSource = THEME_SOURCE[colorScheme]
    const template = menuTemplate(
      {
        newDataset: () => void commands.create(),
        openDataset: () => void commands.open(),
        openRecent: (folder) => void commands.open(folder),
        clearRecent: () => {
          if (process.platform === 'darwin') app.clearRecentDocuments()
          void clearRecentDatasets(userDataDir).then(refresh)
        },
        saveDatasetAs: () => void commands.saveAs(),
        checkForUpdates: () => void updates.checkNow(),
        automaticUpdates: await updates.isAutomatic(),
        setAutomaticUpdates: (on) => void updates.setAutomatic(on),
        showAbout: () => void showAboutDialog(),
        send: (command) => sendToWindow({ type: 'menu-command', ...command }),
      },
      {
        platform: process.platform,
        development: !app.isPackaged,
        language: menuLanguage(settings.language, app.getPreferredSystemLanguages()),
        colorScheme,
        recent: await recentDatasets(userDataDir),
      },
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  await refresh()
  return { refresh }
}
