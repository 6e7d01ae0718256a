import type { BrowserWindowConstructorOptions, HandlerDetails, WebPreferences } from 'electron'
import { isAppOrigin } from './app-origin'
import { isSafeExternalUrl } from './external-url'

/** The renderer gets no Node, no shared JS world with the preload, and Chromium's sandbox. */
function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  }
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Heritage Curator',
    webPreferences: secureWebPreferences(preloadPath),
  }
}

/**
 * `window.open` and target=_blank links never make a window: web pages go to the system browser,
 * everything else is dropped.
 */
export function createWindowOpenHandler(openExternal: (url: string) => void) {
  return (details: Pick<HandlerDetails, 'url'>): { action: 'deny' } => {
    if (isSafeExternalUrl(details.url)) openExternal(details.url)
    return { action: 'deny' }
  }
}

/** The app is one page: any navigation away from it (a dropped file, a stray link) is blocked. */
export function createNavigationGuard(openExternal: (url: string) => void) {
  return (event: { preventDefault(): void }, url: string): void => {
    event.preventDefault()
    if (isSafeExternalUrl(url)) openExternal(url)
  }
}

/** Camera, microphone, notifications, geolocation...: the app needs none, so every request is denied. */
export function denyAllPermissions(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false)
}

/** The minimal view of Electron's WebFrameMain that the sender check needs. */
interface SenderFrame {
  url: string
  parent: unknown
}

/**
 * IPC is answered only for the top frame of our own page: not for an iframe, not for a page
 * that navigated elsewhere, not for a frame that is gone, never for file://. The app's page is
 * app://heritage-curator/ (scheme and host exactly; Node gives custom schemes no origin, so
 * they are compared themselves); in development, the dev server's http origin.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || frame.parent) return false
  if (isAppOrigin(appUrl)) return isAppOrigin(frame.url)
  try {
    const sender = new URL(frame.url)
    const app = new URL(appUrl)
    const web = app.protocol === 'http:' || app.protocol === 'https:'
    return web && sender.protocol === app.protocol && sender.origin === app.origin
  } catch {
    return false
  }
}
