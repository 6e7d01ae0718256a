import type { Disk } from './fs/disk'
import { readBytes } from './fs/disk'

/** Who holds a dataset's lock, as its lock file says. */
export interface LockOwner {
  pid: number
  host: string
  startedAt: string
  /** Makes every lock's bytes unique (absent in locks written before take-over was atomic). */
  nonce?: string
}

/** A lock file the app cannot read as one of its own: never taken over, never removed. */
export interface ForeignLock {
  file: string
  what: 'folder' | 'symlink' | 'other' | 'unreadable' | 'garbled'
  /** The disk's error code, for an unreadable one. */
  code?: string
}

type LockFileState =
  | { state: 'missing' }
  | { state: 'owner'; owner: LockOwner; text: string }
  | { state: 'foreign'; foreign: ForeignLock }

const KEYS = new Set(['pid', 'host', 'startedAt', 'nonce'])

/** The owner a lock file's text names, or undefined when it is not exactly a lock this app writes. */
function parseLockOwner(text: string): LockOwner | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const owner = value as Record<string, unknown>
  if (!Object.keys(owner).every((key) => KEYS.has(key))) return undefined
  const { pid, host, startedAt, nonce } = owner
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return undefined
  if (typeof host !== 'string' || host.length === 0 || host.length > 255) return undefined
  // A start that is not a date still names an owner: the message says "since an unknown time".
  if (typeof startedAt !== 'string' || startedAt.length > 64) return undefined
  if (nonce !== undefined && typeof nonce !== 'string') return undefined
  return { pid, host, startedAt, ...(nonce === undefined ? {} : { nonce }) }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** Reads a lock (or a take-over guard) without following a link, and says what it is. */
export async function readLockFile(disk: Disk, file: string): Promise<LockFileState> {
  const kind = await disk.kind(file)
  if (kind === 'missing') return { state: 'missing' }
  if (kind !== 'file') return { state: 'foreign', foreign: { file, what: kind } }
  let bytes: Buffer
  try {
    bytes = await readBytes(disk, file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { state: 'missing' }
    return { state: 'foreign', foreign: { file, what: 'unreadable', ...(code ? { code } : {}) } }
  }
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    return { state: 'foreign', foreign: { file, what: 'garbled' } }
  }
  const owner = parseLockOwner(text)
  return owner ? { state: 'owner', owner, text } : { state: 'foreign', foreign: { file, what: 'garbled' } }
}
