/**
 * Team operations answer plain errors: a refused push says to pull, a folder that cannot be
 * reached says which, and no message ever carries a token (it is cut out wherever it appears).
 */
import { CuratorError } from '../../dataset/errors'
import { PushRejectedError } from '../../team/remotes/transport'

export function plainTeamError(error: unknown, secrets: readonly string[] = []): never {
  const hide = (text: string) =>
    secrets.reduce((out, secret) => (secret ? out.replaceAll(secret, '…') : out), text)
  if (error instanceof CuratorError)
    throw new CuratorError(error.code, hide(error.message), error.issues, error.path)
  if (error instanceof PushRejectedError)
    throw new CuratorError(
      'CONFLICT',
      'The team’s copy has commits this copy lacks: pull first (Sync does both), then push.',
    )
  const code = (error as NodeJS.ErrnoException)?.code
  const where = (error as NodeJS.ErrnoException)?.path
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR')
    throw new CuratorError(
      'IO',
      `The team’s copy cannot be reached${where ? ` (${where})` : ''}: is the shared folder mounted, and may you write to it? (${code})`,
    )
  const message = error instanceof Error ? error.message : String(error)
  throw new CuratorError('IO', hide(message))
}
