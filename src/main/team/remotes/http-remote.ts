/**
 * An http(s) git server (GitHub, GitLab, Gitea, git http-backend) as a remote, through
 * isomorphic-git's smart-HTTP client. The token comes from the caller (the app keeps it with
 * Electron safeStorage) through `onAuth`, only when the server asks: it is never put in the URL,
 * never written to a file and never part of an error message.
 */
import fs from 'node:fs'
import git, { Errors } from 'isomorphic-git'
import nodeHttp from 'isomorphic-git/http/node'
import type { GitHttpRequest, HttpClient } from 'isomorphic-git'
import type { SyncPhase } from '@shared/team'
import { CuratorError } from '../../dataset/errors'
import type { Repository } from '../git/repository'
import { type Progress, throwIfCancelled } from '../progress'
import { PushRejectedError, type Transport } from './transport'

/** User name and password (or token) for a server; undefined: none to offer. */
export type Credentials = () => Promise<{ username?: string; password?: string } | undefined>

/** An http client that stops between chunks once the signal is aborted. */
export function cancellableHttp(signal: AbortSignal | undefined): HttpClient {
  async function* checked(body: AsyncIterableIterator<Uint8Array> | undefined) {
    for await (const chunk of body ?? []) {
      throwIfCancelled(signal)
      yield chunk
    }
  }
  return {
    async request(request: GitHttpRequest) {
      throwIfCancelled(signal)
      const response = await nodeHttp.request({ ...request, ...(signal && { signal }) })
      return { ...response, body: checked(response.body) }
    },
  }
}

function origin(url: string): string {
  return new URL(url).origin
}

export class HttpRemote implements Transport {
  constructor(
    readonly url: string,
    private readonly credentials?: Credentials,
  ) {}

  private auth() {
    let offered = false
    return {
      onAuth: async () => {
        const given = await this.credentials?.()
        if (!given) return { cancel: true }
        offered = true
        return given
      },
      // Refused credentials are not offered again: the curator fixes them and retries.
      onAuthFailure: () => ({ cancel: true }),
      refused: () => offered,
    }
  }

  private explain(error: unknown, auth: { refused(): boolean }): never {
    if (error instanceof CuratorError || error instanceof PushRejectedError) throw error
    const e = error as { code?: string; data?: { statusCode?: number; reason?: string } }
    const status = e.data?.statusCode
    if (status === 401 || status === 403 || e.code === Errors.UserCanceledError.code)
      throw new CuratorError(
        'FORBIDDEN',
        auth.refused()
          ? `${origin(this.url)} refused the token (HTTP ${status ?? 401}): check it and its rights to this repository.`
          : `${origin(this.url)} needs a token (HTTP ${status ?? 401}): add one in the sync settings.`,
      )
    if (e.code === Errors.PushRejectedError.code)
      throw new PushRejectedError('the server has commits this copy has not fetched yet.')
    if (e.code === Errors.HttpError.code)
      throw new CuratorError('IO', `${origin(this.url)} answered HTTP ${status}.`)
    const message = error instanceof Error ? error.message : String(error)
    throw new CuratorError(
      'IO',
      `Could not reach ${origin(this.url)}: ${message.replaceAll(this.url, origin(this.url))}`,
    )
  }

  /** What every isomorphic-git call here is given: the repository, the server, the token, progress. */
  private common(
    local: Repository,
    progress: Progress,
    phase: SyncPhase,
    auth: ReturnType<HttpRemote['auth']>,
  ) {
    return {
      fs,
      http: cancellableHttp(progress.signal),
      dir: local.dir,
      gitdir: local.gitdir,
      url: this.url,
      onAuth: auth.onAuth,
      onAuthFailure: auth.onAuthFailure,
      onProgress: (e: { loaded: number; total: number }) =>
        progress.onProgress?.({ phase, done: e.loaded, total: e.total || undefined }),
    }
  }

  async fetch(local: Repository, branch: string, progress: Progress = {}): Promise<string | undefined> {
    const auth = this.auth()
    try {
      const result = await git.fetch({
        ...this.common(local, progress, 'fetching', auth),
        ref: branch,
        remoteRef: branch,
        singleBranch: true,
        tags: false,
      })
      local.objects.refreshPacks()
      return result.fetchHead ?? undefined
    } catch (error) {
      // An empty repository has no branch yet: nothing to fetch.
      if ((error as { code?: string }).code === Errors.NotFoundError.code) return undefined
      this.explain(error, auth)
    }
  }

  async push(
    local: Repository,
    branch: string,
    oid: string,
    _expected: string | undefined,
    progress: Progress = {},
  ) {
    const auth = this.auth()
    if ((await local.readRef(`refs/heads/${branch}`)) !== oid)
      throw new Error(`Only the tip of ${branch} is pushed over http.`)
    try {
      // The server checks the old value of the branch under its own lock (receive-pack).
      const result = await git.push({
        ...this.common(local, progress, 'pushing', auth),
        ref: branch,
        remoteRef: `refs/heads/${branch}`,
      })
      const status = result.refs[`refs/heads/${branch}`]
      if (!result.ok || (status && !status.ok))
        throw new PushRejectedError(status?.error ?? result.error ?? 'refused')
    } catch (error) {
      this.explain(error, auth)
    }
  }
}
