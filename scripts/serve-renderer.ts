/**
 * Dev harness: the built renderer in any browser, without Electron. Serves `out/renderer` on
 * http://127.0.0.1:5599 and bridges `window.api` to the real main-process services over
 * `POST /__invoke`. Usage: `npx tsx scripts/serve-renderer.ts [datasetPath]` (default: a temp copy
 * of `data/`, so that the bundled sample is never edited by accident). PORT overrides the port.
 */
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { API_METHODS } from '@shared/api'
import { createMainServices } from '../src/main/services/main-services'
import { apiBridgeScript, INVOKE_PATH } from '../e2e/fixtures/bridge'
import { startStaticServer } from '../e2e/fixtures/static-server'

const ROOT = resolve(import.meta.dirname, '..')
const RENDERER_DIR = join(ROOT, 'out/renderer')
const BRIDGE_PATH = '/__curator-bridge.js'
const MAX_BODY = 10 * 1024 * 1024
const port = Number(process.env.PORT ?? 5599)

if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
  console.error(`${RENDERER_DIR}/index.html is missing: run npm run build first.`)
  process.exit(1)
}

let tempDir: string | undefined
let datasetPath = process.argv[2] ? resolve(process.argv[2]) : undefined
if (!datasetPath) {
  tempDir = await mkdtemp(join(tmpdir(), 'heritage-curator-dev-'))
  datasetPath = join(tempDir, 'dataset')
  await cp(join(ROOT, 'data'), datasetPath, { recursive: true })
}

const services = await createMainServices({
  datasetPath,
  pickFolder: async (purpose) => {
    console.log(
      `[serve-renderer] folder dialog (${purpose}) answered "cancelled": pass paths in the call instead`,
    )
    return null
  },
  openExternal: async (url) => console.log(`[serve-renderer] openExternal ${url}`),
})

const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const { pathname } = new URL(req.url ?? '/', 'http://x')
  if (pathname === BRIDGE_PATH) {
    send(res, 200, apiBridgeScript('http'), 'text/javascript; charset=utf-8')
    return true
  }
  if (pathname !== INVOKE_PATH) return false
  // The bridge can write files: only same-machine pages of this origin may call it. A JSON
  // content type forces a CORS preflight from any other origin, which this server never grants.
  if (req.method !== 'POST' || !allowedHosts.has(req.headers.host ?? '')) {
    send(res, 403, JSON.stringify({ error: 'forbidden' }))
    return true
  }
  if (!req.headers['content-type']?.startsWith('application/json')) {
    send(res, 415, JSON.stringify({ error: 'expected application/json' }))
    return true
  }
  const { method, args } = JSON.parse(await readBody(req)) as { method: unknown; args: unknown }
  if (typeof method !== 'string' || !(API_METHODS as string[]).includes(method) || !Array.isArray(args)) {
    send(res, 400, JSON.stringify({ error: `not an API call: ${String(method)}` }))
    return true
  }
  send(res, 200, JSON.stringify(await services.dispatch(method, args)))
  return true
}

const server = await startStaticServer({
  root: RENDERER_DIR,
  port,
  handle,
  // A same-origin classic script passes the renderer's `script-src 'self'` CSP (an inline one would
  // not) and, not being a module, runs before the renderer's deferred module scripts.
  transformHtml: (html) => html.replace('</head>', `  <script src="${BRIDGE_PATH}"></script>\n  </head>`),
})
console.log(`Heritage Curator renderer on ${server.url}/index.html (dataset: ${datasetPath}). Ctrl+C stops.`)

async function stop(): Promise<void> {
  await server.close()
  await services.close()
  if (tempDir) await rm(tempDir, { recursive: true, force: true })
  process.exit(0)
}
process.once('SIGINT', () => void stop())
process.once('SIGTERM', () => void stop())
