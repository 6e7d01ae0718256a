/**
 * A repository's object database, read and written with Node's own zlib and SHA-1: loose
 * objects (`objects/ab/cdef…`, zlib-deflated `type size\0content`) and, for reading, packs.
 * The engine's hot paths (a commit's few blobs, a merge's shards) go through here; see pack.ts
 * for why not through isomorphic-git.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { constants, deflateSync, inflateSync } from 'node:zlib'
import { nodeDisk } from '../../dataset/fs/disk'
import { PackReader, type PackedType, parsePackIndex } from './pack'

export type ObjectType = PackedType
export interface GitObject {
  type: ObjectType
  content: Buffer
}

export class MissingObjectError extends Error {
  constructor(readonly oid: string) {
    super(`The object ${oid} is missing from the repository.`)
  }
}

function header(type: ObjectType, length: number): Buffer {
  return Buffer.from(`${type} ${length}\0`)
}

/** The id git gives an object. */
export function objectId(type: ObjectType, content: Buffer): string {
  return createHash('sha1').update(header(type, content.length)).update(content).digest('hex')
}

/** Splits an inflated loose object into type and content, checking its header. */
export function decodeLoose(raw: Buffer, oid: string): GitObject {
  const nul = raw.indexOf(0)
  const [type, size] = raw.toString('latin1', 0, nul).split(' ')
  const content = raw.subarray(nul + 1)
  if (!['blob', 'tree', 'commit', 'tag'].includes(type ?? '') || Number(size) !== content.length)
    throw new Error(`The object ${oid} is damaged (bad header).`)
  return { type: type as ObjectType, content }
}

/** Larger than any object the engine handles in one piece (a shard is at most a few MB). */
const MAX_SIZED_INFLATE = 256 * 1024 * 1024

/**
 * Inflates a loose object into one buffer of its own size. The size is in the object's header,
 * read from a partial inflate of its first bytes; zlib then writes one chunk instead of many
 * 16 KB ones that it joins with a copy (a third of a 300 KB shard's inflate time). A header that
 * cannot be read, or claims a size out of reach, falls back to zlib's own chunking (decodeLoose
 * then refuses what is damaged).
 */
export function inflateLoose(deflated: Buffer): Buffer {
  let start: Buffer
  try {
    start = inflateSync(deflated.subarray(0, 512), { finishFlush: constants.Z_SYNC_FLUSH })
  } catch {
    return inflateSync(deflated)
  }
  const nul = start.indexOf(0)
  const size = nul > 0 ? Number(start.toString('latin1', 0, nul).split(' ')[1]) : Number.NaN
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_SIZED_INFLATE) return inflateSync(deflated)
  return inflateSync(deflated, { chunkSize: Math.max(constants.Z_MIN_CHUNK, nul + 1 + size) })
}

/** How many bytes of lately written objects a store keeps in memory. */
const RECENT_BYTES = 96 * 1024 * 1024

export class ObjectStore {
  private packs: PackReader[] | undefined
  /** Objects written (or found) by this store: no second stat for them. */
  private readonly known = new Set<string>()
  /** Loose files written and not yet fsynced (see `sync`). */
  private unsynced: string[] = []
  /** Objects written lately, kept as they are: a merge writes shards that a checkout then reads. */
  private readonly recent = new Map<string, GitObject>()
  private recentBytes = 0
  /** Fan-out folders (`objects/ab`) known to exist: no mkdir for each object written. */
  private readonly folders = new Set<string>()

  constructor(readonly gitdir: string) {}

  private loosePath(oid: string): string {
    return path.join(this.gitdir, 'objects', oid.slice(0, 2), oid.slice(2))
  }

  /** Forgets the packs read so far: a fetch may have added one. */
  refreshPacks(): void {
    this.packs = undefined
  }

  private async loadPacks(): Promise<PackReader[]> {
    if (this.packs) return this.packs
    const folder = path.join(this.gitdir, 'objects', 'pack')
    const names = await readdir(folder).catch(() => [] as string[])
    const readers: PackReader[] = []
    for (const name of names.filter((n) => n.endsWith('.idx'))) {
      const pack = path.join(folder, name.replace(/\.idx$/, '.pack'))
      const size = await stat(pack).then(
        (s) => s.size,
        () => -1,
      )
      if (size < 0) continue
      const index = parsePackIndex(pack, await readFile(path.join(folder, name)), size)
      readers.push(new PackReader(index, (oid) => this.read(oid)))
    }
    this.packs = readers
    return readers
  }

  /** The deflated bytes of a loose object, as stored (for copying between repositories). */
  async readLooseRaw(oid: string): Promise<Buffer | undefined> {
    return readFile(this.loosePath(oid)).catch(() => undefined)
  }

  async has(oid: string): Promise<boolean> {
    if (this.known.has(oid)) return true
    const found =
      (await stat(this.loosePath(oid)).then(
        () => true,
        () => false,
      )) || (await this.loadPacks()).some((p) => p.has(oid))
    if (found) this.known.add(oid)
    return found
  }

  private remember(oid: string, object: GitObject): void {
    if (this.recent.has(oid) || object.content.length > RECENT_BYTES / 8) return
    this.recent.set(oid, object)
    this.recentBytes += object.content.length
    for (const [old, kept] of this.recent) {
      if (this.recentBytes <= RECENT_BYTES) break
      this.recent.delete(old)
      this.recentBytes -= kept.content.length
    }
  }

  async read(oid: string): Promise<GitObject> {
    const kept = this.recent.get(oid)
    if (kept) return kept
    const raw = await this.readLooseRaw(oid)
    if (raw) return decodeLoose(inflateLoose(raw), oid)
    for (const pack of await this.loadPacks()) {
      const found = await pack.read(oid)
      if (found) return found
    }
    throw new MissingObjectError(oid)
  }

  async readTyped(oid: string, type: ObjectType): Promise<Buffer> {
    const object = await this.read(oid)
    if (object.type !== type) throw new Error(`The object ${oid} is a ${object.type}, not a ${type}.`)
    return object.content
  }

  /** Writes an object (unless it is there already) and answers its id. */
  async write(type: ObjectType, content: Buffer | string): Promise<string> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const oid = objectId(type, bytes)
    this.remember(oid, { type, content: bytes })
    if (await this.has(oid)) return oid
    const deflated = deflateSync(Buffer.concat([header(type, bytes.length), bytes]), {
      level: constants.Z_BEST_SPEED,
    })
    await this.writeLooseRaw(oid, deflated)
    return oid
  }

  /**
   * Stores a loose object's deflated bytes under its id, after checking that they are that
   * object: bytes from another repository (a shared folder) are foreign input.
   */
  async writeLooseVerified(oid: string, deflated: Buffer): Promise<void> {
    if (await this.has(oid)) return
    const object = decodeLoose(inflateLoose(deflated), oid)
    if (objectId(object.type, object.content) !== oid)
      throw new Error(`The object ${oid} is damaged (its id does not match).`)
    await this.writeLooseRaw(oid, deflated)
    this.remember(oid, object)
  }

  private async writeLooseRaw(oid: string, deflated: Buffer): Promise<void> {
    const file = this.loosePath(oid)
    if (!this.folders.has(path.dirname(file))) {
      await mkdir(path.dirname(file), { recursive: true })
      this.folders.add(path.dirname(file))
    }
    // Written aside and renamed, as git does: a reader never sees half an object.
    const temp = path.join(path.dirname(file), `tmp_obj_${randomBytes(6).toString('hex')}`)
    const handle = await open(temp, 'wx', 0o444)
    try {
      await handle.write(deflated)
    } finally {
      await handle.close()
    }
    await rename(temp, file).catch(async (error: unknown) => {
      await unlink(temp).catch(() => undefined)
      throw error
    })
    this.known.add(oid)
    this.unsynced.push(file)
  }

  /** Fsyncs the objects written since the last call: done before a ref points at them. */
  async sync(): Promise<void> {
    const files = this.unsynced
    this.unsynced = []
    await Promise.all(
      files.map(async (file) => {
        const handle = await open(file, 'r')
        try {
          await handle.sync()
        } finally {
          await handle.close()
        }
      }),
    )
    for (const folder of new Set(files.map((f) => path.dirname(f))))
      await nodeDisk.syncFolder(folder).catch(() => undefined)
  }
}

export { inflateSync }
