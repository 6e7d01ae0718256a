import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import path from 'node:path'
import { EVENT_CHANNEL } from '@shared/channels'
import type { DatasetEvent, PathToken } from '@shared/domain'
import { datasetFolderFromArgs } from './app/command-line'
import { createDatasetCommands } from './app/dataset-commands'
import { createAppUpdates, installAppMenu, reportCommandFailure, type AppMenu } from './app/native-chrome'
import type { Dispatch } from './ipc/dispatch'
import { registerIpc } from './ipc/register'
import { denyAllPermissions } from './security/hardening'
import { pickExportFolder, pickFolder, pickImportFile } from './app/dialogs'
import { createMainServices, type MainServices } from './services/main-services'
import { rememberDataset, resolveStartDataset } from './services/settings-store'
import { registerAppScheme, serveAppScheme } from './app/app-protocol'
import { createMainWindow, focusMainWindow, openWebPage, RENDERER_DIR, rendererUrl } from './window'

// Before ready: the renderer's own origin, app://heritage-curator (no file:// pages).
registerAppScheme()
import { keychainVault } from './app/team-tokens'

// HERITAGE_CURATOR_DATA_DIR lets tests and portable installs keep their data elsewhere.
if (process.env.HERITAGE_CURATOR_DATA_DIR) app.setPath('userData', process.env.HERITAGE_CURATOR_DATA_DIR)

const bundledSample = app.isPackaged
  ? path.join(process.resourcesPath, 'data')
  : path.join(app.getAppPath(), 'data')
let services: MainServices | undefined
/** A dataset handed over (command line, second launch, the OS) before the services were up. */
let pendingFolder = datasetFolderFromArgs(process.argv, process.cwd())

function broadcast(event: DatasetEvent): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(EVENT_CHANNEL, event)
}

const commands = createDatasetCommands({
  dispatch: (method, args) => dispatchAndFollow(method, args),
  // Commands run once the services are up (openHandedOver waits for them).
  folderToken: (folder) => services?.folderToken(folder) ?? ('' as PathToken),
  notify: broadcast,
  report: (command, message) => reportCommandFailure(command, message, broadcast),
})

let menu: AppMenu | undefined

/** Main's end of a call: a saved language or theme rebuilds the menu in it. */
const dispatchAndFollow: Dispatch = async (method, args) => {
  if (!services) return { ok: false, error: { code: 'INTERNAL', message: 'Still starting.', issues: [] } }
  const result = await services.dispatch(method, args)
  if (method === 'savePreferences' && result.ok) void menu?.refresh()
  return result
}

/** Opens a dataset the OS or a second launch handed over, now or once the services are up. */
function openHandedOver(folder: string | null): void {
  if (!folder) return
  if (services) void commands.open(folder)
  else pendingFolder = folder
}

/** The dataset the app reopens next time, at the top of Open Recent (and the OS's recent documents). */
async function remember(userDataDir: string, folder: string): Promise<void> {
  await rememberDataset(userDataDir, folder)
  // The Dock's and File menu's recent items on macOS (the method exists only there and on Windows).
  if (process.platform === 'darwin' && folder) app.addRecentDocument(folder)
  await menu?.refresh()
}

async function startServices(): Promise<MainServices> {
  const userDataDir = app.getPath('userData')
  const options = {
    userDataDir,
    watch: true,
    pickFolder,
    pickExportFolder,
    pickFile: pickImportFile,
    onEvent: broadcast,
    openExternal: openWebPage,
    teamTokens: keychainVault(userDataDir),
    onOpened: (folder: string) => void remember(userDataDir, folder),
  }
  const requested = pendingFolder
  pendingFolder = null
  if (requested) {
    try {
      const opened = await createMainServices({ ...options, datasetPath: requested })
      await remember(userDataDir, requested)
      return opened
    } catch (error) {
      dialog.showErrorBox(`${requested} could not be opened`, (error as Error).message)
    }
  }
  try {
    return await createMainServices({
      ...options,
      datasetPath: await resolveStartDataset(userDataDir, bundledSample),
    })
  } catch (error) {
    // The last dataset no longer opens (edited outside, damaged): say why, and fall back to the sample.
    dialog.showErrorBox('The last dataset could not be opened', (error as Error).message)
    await rememberDataset(userDataDir, '')
    return createMainServices({
      ...options,
      datasetPath: await resolveStartDataset(userDataDir, bundledSample),
    })
  }
}

/** Folds the journal into the files and releases the lock, once, whoever asks first. */
let closing: Promise<void> | undefined
let closed = false
function closeServices(): Promise<void> {
  closing ??= (services?.close() ?? Promise.resolve()).finally(() => {
    closed = true
  })
  return closing
}

// One running app: a second launch focuses the first, handing over the dataset it was given.
const primary = app.requestSingleInstanceLock()
if (!primary) app.quit()

app.on('second-instance', (_event, argv, workingDirectory) => {
  focusMainWindow()
  openHandedOver(datasetFolderFromArgs(argv, workingDirectory))
})

// macOS hands over a dataset.json or folder opened with the app through this event, not argv.
app.on('open-file', (event, file) => {
  event.preventDefault()
  openHandedOver(datasetFolderFromArgs(['', file], path.dirname(file)))
})

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

if (primary) {
  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler(denyAllPermissions)
    session.defaultSession.setPermissionCheckHandler(() => false)
    serveAppScheme(RENDERER_DIR)
    services = await startServices()
    registerIpc(ipcMain, dispatchAndFollow, rendererUrl)
    const updates = createAppUpdates(async () => {
      // Never install while a commit is in flight: write everything, release the dataset, then quit.
      await services?.flush()
      await closeServices()
    })
    menu = await installAppMenu(commands, updates, app.getPath('userData'))
    await createMainWindow(app.getPath('userData'))
    openHandedOver(pendingFolder)
    pendingFolder = null
    void updates.checkIfEnabled()
  })
}

// A clean quit folds the journal into the files and releases the lock before the process ends.
app.on('before-quit', (event) => {
  if (closed || !services) return
  event.preventDefault()
  void closeServices().finally(() => app.quit())
})

app.on('window-all-closed', () => app.quit())
