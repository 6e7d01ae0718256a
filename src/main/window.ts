import { BrowserWindow, screen, shell } from 'electron'
import path from 'node:path'
import { readWindowState, restoreBounds, saveWindowState } from './app/window-state'
import { APP_ENTRY_URL } from './security/app-origin'
import { isSafeExternalUrl } from './security/external-url'
import { createNavigationGuard, createWindowOpenHandler, mainWindowOptions } from './security/hardening'

/** The one place main hands a URL to the system browser, and only a web page (http or https). */
export async function openWebPage(url: string): Promise<void> {
  if (isSafeExternalUrl(url)) await shell.openExternal(url)
}

const openExternal = (url: string) => void openWebPage(url)

/** The built renderer, served as app://heritage-curator/ (src/main/app/app-protocol.ts). */
export const RENDERER_DIR = path.join(import.meta.dirname, '../renderer')

/** The URL the renderer is served from: the dev server in development, the app's own origin otherwise. */
export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? APP_ENTRY_URL
}

/**
 * The app's window, where and as big as it was last closed (moved onto a display that is still
 * there), maximised if it was. Its place is saved when it closes, in settings.json.
 */
export async function createMainWindow(userDataDir: string): Promise<BrowserWindow> {
  const saved = await readWindowState(userDataDir)
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const window = new BrowserWindow({
    ...mainWindowOptions(path.join(import.meta.dirname, '../preload/index.cjs')),
    ...restoreBounds(saved, workAreas),
  })
  window.webContents.setWindowOpenHandler(createWindowOpenHandler(openExternal))
  window.webContents.on('will-navigate', createNavigationGuard(openExternal))
  window.webContents.on('will-redirect', createNavigationGuard(openExternal))
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize()
    window.show()
  })
  // getNormalBounds: a maximised or full-screen window keeps the size it returns to.
  window.on('close', () => {
    void saveWindowState(userDataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() })
  })
  void window.loadURL(rendererUrl())
  return window
}

/** The app's window, brought to the front (a second launch, the OS opening a dataset). */
export function focusMainWindow(): BrowserWindow | undefined {
  const [window] = BrowserWindow.getAllWindows()
  if (window?.isMinimized()) window.restore()
  window?.focus()
  return window
}
