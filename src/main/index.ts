import { app, dialog, ipcMain, session, shell } from 'electron'
import path from 'node:path'
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

async function pickFolder(purpose: 'open' | 'save-as'): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: purpose === 'open' ? 'Open a dataset folder' : 'Choose an empty folder for the copy',
    properties: purpose === 'open' ? ['openDirectory'] : ['openDirectory', 'createDirectory'],
  })
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

async function startServices(): Promise<MainServices> {
  const userData = app.getPath('userData')
  const options = {
    pickFolder,
    openExternal: (url: string) => shell.openExternal(url),
    onOpened: (folder: string) => void rememberDataset(userData, folder),
  }
  const datasetPath = await resolveStartDataset(userData, bundledSample)
  try {
    return await createMainServices({ ...options, datasetPath })
  } catch (error) {
    // The last dataset no longer opens (edited outside, damaged): say why, and fall back to the sample.
    dialog.showErrorBox('The last dataset could not be opened', (error as Error).message)
    await rememberDataset(userData, '')
    return createMainServices({ ...options, datasetPath: await resolveStartDataset(userData, bundledSample) })
  }
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler(denyAllPermissions)
  session.defaultSession.setPermissionCheckHandler(() => false)
  const services = await startServices()
  registerIpc(ipcMain, services.dispatch, rendererUrl)
  createMainWindow()
})

app.on('window-all-closed', () => app.quit())
