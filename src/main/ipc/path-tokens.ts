import { randomBytes } from 'node:crypto'
import type { PathToken } from '@shared/domain'
import { CuratorError } from '../dataset/errors'

/**
 * What a token lets the renderer do with the path behind it. A token for a file to import never
 * opens, restores or writes a dataset folder, and the other way round.
 */
type PathPurpose = 'dataset-folder' | 'import-file'

/** The shape of every token: the renderer can only hand back what main gave it. */
export const PATH_TOKEN_PATTERN = '^tok-[0-9a-f]{32}$'

/** Tokens kept per purpose; older ones are forgotten (the curator chooses again). */
const KEPT = 64

/**
 * Main owns paths: files and folders are chosen in main (its dialogs, the menu, the OS) and the
 * renderer gets an opaque token for each, which it can hand back to mean "that one". A path the
 * renderer makes up, or a token issued for something else, is refused.
 */
export class PathTokens {
  private readonly byToken = new Map<PathToken, { path: string; purpose: PathPurpose }>()

  /** A token for `path`, for `purpose` only; the same path and purpose keep one token. */
  issue(path: string, purpose: PathPurpose): PathToken {
    for (const [token, entry] of this.byToken) {
      if (entry.path === path && entry.purpose === purpose) return token
    }
    const token = `tok-${randomBytes(16).toString('hex')}` as PathToken
    this.byToken.set(token, { path, purpose })
    const ofPurpose = [...this.byToken].filter(([, entry]) => entry.purpose === purpose)
    for (const [old] of ofPurpose.slice(0, Math.max(0, ofPurpose.length - KEPT))) this.byToken.delete(old)
    return token
  }

  /** The path behind a token main issued for `purpose`; FORBIDDEN for any other string. */
  resolve(token: PathToken, purpose: PathPurpose): string {
    const entry = this.byToken.get(token)
    if (!entry || entry.purpose !== purpose) {
      throw new CuratorError(
        'FORBIDDEN',
        'Refused: that file or folder was not chosen in the app. Choose it again.',
      )
    }
    return entry.path
  }
}
