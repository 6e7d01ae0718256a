import { BrowserWindow, shell } from 'electron'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createNavigationGuard, createWindowOpenHandler, mainWindowOptions } from './security/hardening'

const openExternal = (url: string) => void shell.openExternal(url)

/** The URL the renderer is served from: the dev server in development, the built file otherwise. */
export function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL
  return devServer ?? pathToFileURL(path.join(import.meta.dirname, '../renderer/index.html')).href
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(path.join(import.meta.dirname, '../preload/index.cjs')))
  window.webContents.setWindowOpenHandler(createWindowOpenHandler(openExternal))
  window.webContents.on('will-navigate', createNavigationGuard(openExternal))
  window.webContents.on('will-redirect', createNavigationGuard(openExternal))
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl())
  return window
}
