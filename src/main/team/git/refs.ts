/**
 * Refs (branch pointers) read and moved the way git itself does, so that the git command line
 * and other copies of the app can work on the same repository at once: a ref is changed only
 * while its `.lock` file is held (created exclusively), by writing the lock and renaming it over
 * the ref. Moving a ref is compare-and-swap: refused when the ref is no longer what the caller
 * last saw. Used for this clone's branch and for a bare repository in a shared folder.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { nodeDisk } from '../../dataset/fs/disk'

/** A lock older than this was left by a process that died while holding it. */
export const STALE_LOCK_MS = 10 * 60 * 1000

export class RefMovedError extends Error {
  constructor(
    readonly ref: string,
    readonly expected: string | undefined,
    readonly actual: string | undefined,
  ) {
    super(`${ref} moved (now ${actual ?? 'absent'}, expected ${expected ?? 'absent'}): fetch and try again.`)
  }
}

export class RefLockedError extends Error {
  constructor(readonly lockFile: string) {
    super(`${lockFile} is held by another writer: try again in a moment.`)
  }
}

const OID = /^[0-9a-f]{40}$/

async function packedRef(gitdir: string, name: string): Promise<string | undefined> {
  const text = await readFile(path.join(gitdir, 'packed-refs'), 'utf8').catch(() => '')
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.startsWith('^')) continue
    const [oid, ref] = line.split(' ')
    if (ref === name && oid && OID.test(oid)) return oid
  }
  return undefined
}

/** The commit a ref names (following `ref: …` links, as HEAD is), or undefined when it does not exist. */
export async function readRef(gitdir: string, name: string, depth = 0): Promise<string | undefined> {
  if (depth > 5) throw new Error(`${name}: too many symbolic links`)
  const text = await readFile(path.join(gitdir, name), 'utf8').catch(() => undefined)
  if (text === undefined) return packedRef(gitdir, name)
  const value = text.trim()
  if (value.startsWith('ref: ')) return readRef(gitdir, value.slice(5), depth + 1)
  if (!OID.test(value))
    throw new Error(`${path.join(gitdir, name)} is damaged: ${JSON.stringify(value.slice(0, 60))}`)
  return value
}

/** The branch HEAD points at (`refs/heads/main`). */
export async function headBranchRef(gitdir: string): Promise<string> {
  const text = (await readFile(path.join(gitdir, 'HEAD'), 'utf8')).trim()
  if (!text.startsWith('ref: refs/heads/')) throw new Error('HEAD is detached: check out a branch first.')
  return text.slice(5)
}

async function takeLock(lockFile: string, staleMs: number) {
  try {
    return await open(lockFile, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const age = await stat(lockFile).then(
    (s) => Date.now() - s.mtimeMs,
    () => 0,
  )
  if (age < staleMs) throw new RefLockedError(lockFile)
  // A dead writer's lock: moved aside first, so that of two takers only one removes it.
  const aside = `${lockFile}.stale-${randomBytes(4).toString('hex')}`
  await rename(lockFile, aside).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
  return open(lockFile, 'wx').catch(() => {
    throw new RefLockedError(lockFile)
  })
}

/**
 * Points a ref at a commit if, and only if, it still points where the caller expects
 * (`undefined`: it must not exist yet). Durable: fsynced before it is renamed into place.
 */
export async function compareAndSwapRef(
  gitdir: string,
  name: string,
  oid: string,
  expected: string | undefined,
  options: { staleLockMs?: number; beforeRename?: () => Promise<void> } = {},
): Promise<void> {
  if (!OID.test(oid)) throw new Error(`Not a commit id: ${oid}`)
  const file = path.join(gitdir, name)
  await mkdir(path.dirname(file), { recursive: true })
  const lockFile = `${file}.lock`
  const handle = await takeLock(lockFile, options.staleLockMs ?? STALE_LOCK_MS)
  let renamed = false
  try {
    const actual = await readRef(gitdir, name)
    if (actual !== expected) throw new RefMovedError(name, expected, actual)
    await handle.write(`${oid}\n`)
    await handle.sync()
    await handle.close()
    await options.beforeRename?.()
    await rename(lockFile, file)
    renamed = true
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined)
      await unlink(lockFile).catch(() => undefined)
    }
  }
  await nodeDisk.syncFolder(path.dirname(file)).catch(() => undefined)
}
