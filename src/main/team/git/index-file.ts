/**
 * Git's index (`.git/index`, versions 2 and 3): the list of tracked files with the blob each
 * holds and the file's stat as last seen. The engine keeps it in step with every commit and
 * pull it makes, so that `git status` on the command line agrees with the app; and it reads the
 * stats to tell which shards changed since the last commit without hashing every file.
 * Format: git's Documentation/gitformat-index.txt.
 */
import { createHash } from 'node:crypto'
import type { BigIntStats } from 'node:fs'
import { open, readFile, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { CuratorError } from '../../dataset/errors'

export interface IndexEntry {
  path: string
  oid: string
  mode: number
  /** The file's stat when its content was known to be `oid`; zero when not known. */
  ctimeSec: number
  ctimeNsec: number
  mtimeSec: number
  mtimeNsec: number
  dev: number
  ino: number
  uid: number
  gid: number
  size: number
}

const REGULAR_FILE = 0o100644

/** An entry for a file whose stat is known; its 32-bit fields wrap as git's do. */
export function entryOf(filePath: string, oid: string, stats?: BigIntStats): IndexEntry {
  const low = (n: bigint) => Number(n & 0xffffffffn)
  if (!stats)
    return {
      path: filePath,
      oid,
      mode: REGULAR_FILE,
      ctimeSec: 0,
      ctimeNsec: 0,
      mtimeSec: 0,
      mtimeNsec: 0,
      dev: 0,
      ino: 0,
      uid: 0,
      gid: 0,
      size: 0,
    }
  return {
    path: filePath,
    oid,
    mode: REGULAR_FILE,
    ctimeSec: low(stats.ctimeNs / 1_000_000_000n),
    ctimeNsec: Number(stats.ctimeNs % 1_000_000_000n),
    mtimeSec: low(stats.mtimeNs / 1_000_000_000n),
    mtimeNsec: Number(stats.mtimeNs % 1_000_000_000n),
    dev: low(stats.dev),
    ino: low(stats.ino),
    uid: low(stats.uid),
    gid: low(stats.gid),
    size: low(stats.size),
  }
}

/** True when a file's stat is the one the entry recorded: its content is then the entry's blob. */
export function statMatches(entry: IndexEntry, stats: BigIntStats): boolean {
  const now = entryOf(entry.path, entry.oid, stats)
  return (
    entry.size === now.size &&
    entry.mtimeSec === now.mtimeSec &&
    entry.mtimeNsec === now.mtimeNsec &&
    entry.ino === now.ino &&
    entry.ctimeSec === now.ctimeSec &&
    entry.ctimeNsec === now.ctimeNsec
  )
}

/** The index's entries by path; undefined when there is none or it is a form we do not read (v4, conflicts). */
export async function readIndex(gitdir: string): Promise<Map<string, IndexEntry> | undefined> {
  const bytes = await readFile(path.join(gitdir, 'index')).catch(() => undefined)
  if (!bytes || bytes.length < 32 || bytes.toString('latin1', 0, 4) !== 'DIRC') return undefined
  const version = bytes.readUInt32BE(4)
  if (version !== 2 && version !== 3) return undefined
  const checksum = createHash('sha1')
    .update(bytes.subarray(0, bytes.length - 20))
    .digest()
  if (!checksum.equals(bytes.subarray(bytes.length - 20))) return undefined
  const count = bytes.readUInt32BE(8)
  const entries = new Map<string, IndexEntry>()
  let at = 12
  for (let i = 0; i < count; i += 1) {
    const u32 = (offset: number) => bytes.readUInt32BE(at + offset)
    const flags = bytes.readUInt16BE(at + 60)
    if ((flags >> 12) & 3) return undefined // a merge stage: git is mid-merge
    const extended = (flags & 0x4000) !== 0
    const nameAt = at + 62 + (extended ? 2 : 0)
    const nameEnd = bytes.indexOf(0, nameAt)
    const entryPath = bytes.toString('utf8', nameAt, nameEnd)
    entries.set(entryPath, {
      path: entryPath,
      ctimeSec: u32(0),
      ctimeNsec: u32(4),
      mtimeSec: u32(8),
      mtimeNsec: u32(12),
      dev: u32(16),
      ino: u32(20),
      mode: u32(24),
      uid: u32(28),
      gid: u32(32),
      size: u32(36),
      oid: bytes.toString('hex', at + 40, at + 60),
    })
    const length = nameEnd - at
    at += length + (8 - (length % 8))
  }
  return entries
}

function encodeEntry(e: IndexEntry): Buffer {
  const name = Buffer.from(e.path, 'utf8')
  const length = 62 + name.length
  const buffer = Buffer.alloc(length + (8 - (length % 8)))
  const fields = [
    e.ctimeSec,
    e.ctimeNsec,
    e.mtimeSec,
    e.mtimeNsec,
    e.dev,
    e.ino,
    e.mode,
    e.uid,
    e.gid,
    e.size,
  ]
  fields.forEach((value, i) => buffer.writeUInt32BE(value >>> 0, i * 4))
  buffer.write(e.oid, 40, 'hex')
  buffer.writeUInt16BE(Math.min(name.length, 0xfff), 60)
  name.copy(buffer, 62)
  return buffer
}

/** Writes the index (version 2) under git's `index.lock`, so a git command running now is not overwritten. */
export async function writeIndex(gitdir: string, entries: Iterable<IndexEntry>): Promise<void> {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
  const head = Buffer.alloc(12)
  head.write('DIRC', 0, 'latin1')
  head.writeUInt32BE(2, 4)
  head.writeUInt32BE(sorted.length, 8)
  const body = Buffer.concat([head, ...sorted.map(encodeEntry)])
  const file = path.join(gitdir, 'index')
  const lock = `${file}.lock`
  const handle = await open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
    const reason = `${lock} exists: another git program is using this dataset. Wait for it to finish, or remove the file if none is running.`
    throw new CuratorError('CONFLICT', reason)
  })
  try {
    await handle.write(body)
    await handle.write(createHash('sha1').update(body).digest())
    await handle.close()
    await rename(lock, file)
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(lock).catch(() => undefined)
    throw error
  }
}

/**
 * Removes the index lock that a process killed while writing the index left behind, so that the
 * move it was making can be finished. Only a lock made at or after `since` (when the interrupted
 * move began) is taken for that process's: one older than the move is another program's, and
 * stays (writing the index then fails, saying so).
 */
export async function removeIndexLockSince(gitdir: string, since: Date): Promise<void> {
  const lock = path.join(gitdir, 'index.lock')
  const made = await stat(lock).catch(() => undefined)
  // Slack for file systems that keep modification times to the second or two.
  if (made && made.mtimeMs >= since.getTime() - 2000) await unlink(lock).catch(() => undefined)
}
