import type { Repository } from '../git/repository'
import type { Progress } from '../progress'

/** The remote refused a push: it has commits this clone has not seen (fetch, replay, try again). */
export class PushRejectedError extends Error {
  constructor(readonly reason: string) {
    super(`The push was refused: ${reason}`)
  }
}

/** How the engine reaches a remote: a folder (shared drive) or an http(s) server. */
export interface Transport {
  /** Brings the remote branch's commits into this repository; answers its tip (undefined: no such branch). */
  fetch(local: Repository, branch: string, progress?: Progress): Promise<string | undefined>
  /**
   * Sends this repository's commit and moves the remote branch to it, only if the branch is still
   * at `expected` (undefined: it must not exist); else PushRejectedError.
   */
  push(
    local: Repository,
    branch: string,
    oid: string,
    expected: string | undefined,
    progress?: Progress,
  ): Promise<void>
}
