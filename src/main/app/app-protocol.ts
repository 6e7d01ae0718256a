import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { APP_SCHEME, appContentType, resolveAppFile } from '../security/app-origin'

/**
 * Before the app is ready: app:// is a standard, secure scheme (an origin of its own, module
 * scripts, fetch), so the renderer can be served from it instead of file://.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** After ready: answers app://heritage-curator/<file> from the built renderer folder, nothing else. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: { 'content-type': appContentType(file), 'x-content-type-options': 'nosniff' },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
