import path from 'node:path'

/**
 * The renderer is served from a custom privileged scheme with one fixed origin, not from
 * `file://`: under `file://`, 'self' in the CSP and a sender check by URL cover every file on the
 * disk. Electron's security checklist recommends this (protocol.handle); the Electron part is
 * src/main/app/app-protocol.ts, the logic is here, as plain functions with unit tests.
 */
export const APP_SCHEME = 'app'
const APP_HOST = 'heritage-curator'
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** Where the window loads the app. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** True when `url` is a page of the app's own origin (scheme and host exactly). */
export function isAppOrigin(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
  } catch {
    return false
  }
}

/**
 * The file inside `rootDir` (the built renderer) that an app:// request names, or null when the
 * request is for another origin or would leave the folder (`..`, encoded or not, a backslash, a
 * NUL). A path without an extension is the single page's route: index.html.
 */
export function resolveAppFile(url: string, rootDir: string): string | null {
  if (!isAppOrigin(url)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url).pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname.split('/').some((part) => part === '..')) return null
  const root = path.resolve(rootDir)
  const relative = pathname === '/' || path.extname(pathname) === '' ? 'index.html' : pathname.slice(1)
  const file = path.resolve(root, relative)
  return file.startsWith(root + path.sep) ? file : null
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

/** The Content-Type an app file is served with; unknown kinds are plain bytes. */
export function appContentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}
