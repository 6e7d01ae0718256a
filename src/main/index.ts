import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import path from 'node:path'
import { EVENT_CHANNEL } from '../shared/channels'
import type { DatasetEvent } from '../shared/domain'
import { registerIpc } from './ipc/register'
import { denyAllPermissions } from './security/hardening'
import { createMainServices, type MainServices } from './services/main-services'
import { rememberDataset, resolveStartDataset } from './services/start-dataset'
import { createMainWindow, rendererUrl } from './window'

// HERITAGE_CURATOR_DATA_DIR lets tests and portable installs keep their data elsewhere.
if (process.env.HERITAGE_CURATOR_DATA_DIR) app.setPath('userData', process.env.HERITAGE_CURATOR_DATA_DIR)

const bundledSample = app.isPackaged
  ? path.join(process.resourcesPath, 'data')
  : path.join(app.getAppPath(), 'data')
let services: MainServices | undefined

async function pickFolder(purpose: 'open' | 'save-as'): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: purpose === 'open' ? 'Open a dataset folder' : 'Choose an empty folder for the copy',
    properties: purpose === 'open' ? ['openDirectory'] : ['openDirectory', 'createDirectory'],
  })
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

function broadcast(event: DatasetEvent): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(EVENT_CHANNEL, event)
}

async function startServices(): Promise<MainServices> {
  const userDataDir = app.getPath('userData')
  const options = {
    userDataDir,
    watch: true,
    pickFolder,
    onEvent: broadcast,
    openExternal: (url: string) => shell.openExternal(url),
    onOpened: (folder: string) => void rememberDataset(userDataDir, folder),
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

// One running app: a second launch focuses the first instead of fighting over the dataset.
if (!app.requestSingleInstanceLock()) app.quit()
app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows()
  if (window?.isMinimized()) window.restore()
  window?.focus()
})

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler(denyAllPermissions)
  session.defaultSession.setPermissionCheckHandler(() => false)
  services = await startServices()
  registerIpc(ipcMain, services.dispatch, rendererUrl)
  createMainWindow()
})

// A clean quit folds the journal into the files and releases the lock before the process ends.
let quitting = false
app.on('before-quit', (event) => {
  if (quitting || !services) return
  event.preventDefault()
  quitting = true
  void services.close().finally(() => app.quit())
})

app.on('window-all-closed', () => app.quit())
