import { randomBytes } from 'node:crypto'
import { type FileHandle, mkdir, open, readdir, rename, rmdir, unlink } from 'node:fs/promises'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { ExportedFile } from '@shared/exchange'
import { CuratorError } from '../dataset/errors'
import { ioError } from '../dataset/io-errors'
import { folderContents, makeFolder } from './export-folder'
import { type FileHash, type HashingThread, hashHere } from './file-hashes'
import { type ExchangeControl, throwIfAborted } from './progress'
import { BufferPool, Utf8Out } from './utf8-out'

/** Buffers written but not yet on disk before the producer waits for the disk. */
const MAX_PENDING_WRITES = 4

/**
 * Writes a file's bytes to a temp file as they are made, hashing them on the way: writes go to
 * the disk (libuv's threads) while the next buffer fills.
 */
class FileStream {
  readonly out: Utf8Out
  private readonly pending: Promise<unknown>[] = []
  private position = 0

  constructor(
    private readonly handle: FileHandle,
    private readonly pool: BufferPool,
    private readonly hash: FileHash,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.out = new Utf8Out((buffer, bytes) => this.write(buffer, bytes), pool)
  }

  private write(buffer: Buffer, bytes: number): void {
    const chunk = buffer.subarray(0, bytes)
    this.hash.update(chunk)
    const written = this.handle.write(chunk, 0, bytes, this.position).then(() => this.pool.release(buffer))
    written.catch(() => undefined) // seen by `breathe` or `finish`, never unhandled
    this.pending.push(written)
    this.position += bytes
  }

  /** Lets the event loop run (a cancel gets through), and waits while the disk is behind. */
  readonly breathe = async (): Promise<void> => {
    await nextTurn()
    throwIfAborted(this.signal)
    while (this.pending.length > MAX_PENDING_WRITES) await this.pending.shift()
  }

  /** Every byte handed to the disk; answers the SHA-256 (the writes may still be under way). */
  end(): Promise<string> {
    this.out.end()
    return this.hash.digest()
  }

  /**
   * Waits for the writes under way, flushes them to the disk (when `sync`) and closes the file.
   * Never rejects before every write has settled, so the file is never closed under a write.
   */
  async close(sync: boolean): Promise<void> {
    try {
      const results = await Promise.allSettled(this.pending)
      const failed = results.find((r) => r.status === 'rejected')
      if (failed) throw failed.reason
      if (sync) await this.handle.sync()
    } finally {
      await this.handle.close()
    }
  }
}

/** Fills a file: writes text to `out`, and awaits `breathe()` whenever `out.takeDue()` says so. */
type FileFiller = (out: Utf8Out, breathe: () => Promise<void>) => Promise<void> | void

const syncFolder = async (folder: string) => {
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Removes a folder that holds only files this export wrote (a staging folder, a replaced export). */
async function removeOurFolder(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[])
  await Promise.all(names.map((name) => unlink(path.join(folder, name)).catch(() => undefined)))
  await rmdir(folder).catch(() => undefined)
}

/**
 * A set of files written as one folder, all or nothing: each file is written (and fsynced) into
 * a staging folder beside the target as it is made, and at `commit` the staging folder takes the
 * target's place. The target must be missing, empty, or hold only a previous export of ours (its
 * manifest names every file), which is replaced whole; any other folder is refused. A cancel or
 * a failure removes the staging folder and leaves the target as it was.
 */
export class FileSetWriter {
  private readonly described: ExportedFile[] = []
  /** Each written file's flush and close, under way. */
  private readonly closing: Promise<void>[] = []
  private readonly pool = new BufferPool()

  private constructor(
    private readonly folder: string,
    private readonly target: string,
    private readonly replacing: boolean,
    private readonly staging: string,
    private readonly control: ExchangeControl,
    private readonly expectedFiles: number,
    private readonly hashing: HashingThread | undefined,
  ) {}

  /**
   * `expectedFiles`: how many files the set will have, for the progress reports; `hashing`: a
   * thread that hashes the files beside the one that makes them (large exports).
   */
  static async begin(
    folder: string,
    expectedFiles: number,
    control: ExchangeControl = {},
    hashing?: HashingThread,
  ): Promise<FileSetWriter> {
    const target = path.resolve(folder)
    const state = await folderContents(target)
    if (state === 'other')
      throw new CuratorError(
        'VALIDATION',
        `${folder} is not empty: choose an empty or new folder (a folder holding only a previous export is replaced whole).`,
      )
    const parent = path.dirname(target)
    await makeFolder(parent)
    const staging = path.join(parent, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.hc-export`)
    try {
      await mkdir(staging)
    } catch (error) {
      throw ioError(error, folder)
    }
    return new FileSetWriter(
      folder,
      target,
      state === 'previous-export',
      staging,
      control,
      expectedFiles,
      hashing,
    )
  }

  /** Every file written so far: path, bytes and SHA-256, in order. */
  get files(): ExportedFile[] {
    return this.described.map((file) => ({ ...file }))
  }

  /**
   * Writes one file of the set from what `fill` makes; answers its description for a manifest.
   * The file is flushed to the disk while the next one is made (`commit` waits for it).
   */
  async file(name: string, fill: FileFiller): Promise<ExportedFile> {
    try {
      throwIfAborted(this.control.signal)
      const hash = this.hashing?.hash() ?? hashHere()
      const handle = await open(path.join(this.staging, name), 'wx')
      const stream = new FileStream(handle, this.pool, hash, this.control.signal)
      let sha256: string
      try {
        await fill(stream.out, stream.breathe)
        sha256 = await stream.end()
      } catch (error) {
        await stream.close(false).catch(() => undefined)
        throw error
      }
      const closed = stream.close(true)
      closed.catch(() => undefined) // seen by `commit`, never unhandled
      this.closing.push(closed)
      const description = { path: name, bytes: stream.out.size, sha256 }
      this.described.push(description)
      this.control.onProgress?.(this.described.length, Math.max(this.expectedFiles, this.described.length))
      return { ...description }
    } catch (error) {
      await this.abort()
      throw ioError(error, this.folder)
    }
  }

  /** A small file given as one text. */
  text(name: string, text: string): Promise<ExportedFile> {
    return this.file(name, (out) => out.text(text))
  }

  /** Waits until every file is on the disk, then puts the staging folder in the target's place. */
  async commit(): Promise<void> {
    const { target, staging } = this
    const parent = path.dirname(target)
    try {
      await Promise.all(this.closing)
      await syncFolder(staging)
      throwIfAborted(this.control.signal)
      if (this.replacing) {
        const old = path.join(parent, `${path.basename(staging, '.hc-export')}.hc-replaced`)
        await rename(target, old)
        await rename(staging, target)
        await removeOurFolder(old)
      } else {
        await rmdir(target).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
        await rename(staging, target)
      }
      await syncFolder(parent)
    } catch (error) {
      await this.abort()
      throw ioError(error, this.folder)
    }
  }

  /** Removes the staging folder, once every file in it is closed (an open file cannot go on Windows). */
  async abort(): Promise<void> {
    await Promise.allSettled(this.closing)
    this.closing.length = 0
    await removeOurFolder(this.staging)
  }
}
