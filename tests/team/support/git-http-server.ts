/**
 * A smart-HTTP git server on 127.0.0.1 for tests: Node's http server handing each request to
 * system git's `git http-backend` as CGI (GIT_PROJECT_ROOT, GIT_HTTP_EXPORT_ALL), pushes enabled
 * (http.receivepack=true). Optional Basic authentication, to test the 401 and onAuth path, and
 * an optional throttle on what git sends back to a POST (the pack of a fetch or a clone), so that
 * a test can watch a clone's progress and cancel it: a server on a slow link.
 * Dev and CI only: the app never needs system git.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend'

/** Why the HTTP tests cannot run here, or undefined when they can. */
export function httpBackendMissing(): string | undefined {
  if (!existsSync(HTTP_BACKEND)) return `${HTTP_BACKEND} is not installed (apt-get install git)`
  return undefined
}

/** At most `bytes` of a POST's answer every `everyMs` milliseconds. */
export interface Throttle {
  bytes: number
  everyMs: number
}

export interface GitHttpServer {
  url(repository: string): string
  close(): Promise<void>
  /** Requests answered 401 (for the auth tests). */
  refused: number
  /** Set to slow down the POSTs that start after it; undefined: full speed. */
  throttle: Throttle | undefined
}

/**
 * Writes to `response` in order, slowed by `throttle` when there is one; stops writing once the
 * client has gone (a cancelled fetch).
 */
function pacedWriter(response: http.ServerResponse, throttle: Throttle | undefined) {
  let queue = Promise.resolve()
  const then = (step: () => Promise<void> | void) => {
    queue = queue.then(step).catch(() => undefined)
  }
  return {
    write(chunk: Buffer) {
      then(async () => {
        if (!throttle) return void response.write(chunk)
        for (let at = 0; at < chunk.length && !response.destroyed; at += throttle.bytes) {
          response.write(chunk.subarray(at, at + throttle.bytes))
          await new Promise((resolve) => setTimeout(resolve, throttle.everyMs))
        }
      })
    },
    end() {
      then(() => void response.end())
    },
  }
}

export async function startGitHttpServer(
  projectRoot: string,
  auth?: { username: string; password: string },
): Promise<GitHttpServer> {
  const state = { refused: 0, throttle: undefined as Throttle | undefined }
  const server = http.createServer((request, response) => {
    if (auth) {
      const expected = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`
      if (request.headers.authorization !== expected) {
        state.refused += 1
        response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end()
        return
      }
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const cgi = spawn(HTTP_BACKEND, [], {
      env: {
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: request.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        REMOTE_USER: auth?.username ?? 'tester',
        REMOTE_ADDR: '127.0.0.1',
        ...(request.headers['content-encoding'] && {
          HTTP_CONTENT_ENCODING: request.headers['content-encoding'],
        }),
        ...(request.headers['git-protocol'] && { GIT_PROTOCOL: request.headers['git-protocol'] as string }),
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    request.pipe(cgi.stdin)
    const out = pacedWriter(response, request.method === 'POST' ? state.throttle : undefined)
    // A client that hangs up (a cancelled clone) stops git too.
    response.on('close', () => cgi.kill())
    let head = Buffer.alloc(0)
    let headersDone = false
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        out.write(chunk)
        return
      }
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      headersDone = true
      let status = 200
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':')
        const [name, value] = [line.slice(0, colon), line.slice(colon + 1).trim()]
        if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0])
        else response.setHeader(name, value)
      }
      response.writeHead(status)
      out.write(head.subarray(end + 4))
    })
    cgi.stdout.on('end', () => out.end())
    cgi.on('error', () => response.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (repository) => `http://127.0.0.1:${port}/${repository}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    get refused() {
      return state.refused
    },
    get throttle() {
      return state.throttle
    },
    set throttle(throttle) {
      state.throttle = throttle
    },
  }
}
