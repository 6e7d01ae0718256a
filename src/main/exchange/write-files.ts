import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rmdir, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { ExportedFile } from '../../shared/exchange'
import { CuratorError } from '../dataset/errors'
import { ioError } from '../dataset/io-errors'
import { folderContents, makeFolder } from './export-folder'
import { type ExchangeControl, throwIfAborted } from './progress'

export interface OutputFile {
  /** Relative to the export folder. */
  path: string
  /** The file's bytes, in pieces written one after another (a large file is never copied whole). */
  chunks: readonly Buffer[]
  size: number
}

export function outputFile(name: string, content: string | Buffer | readonly Buffer[]): OutputFile {
  const chunks =
    typeof content === 'string'
      ? [Buffer.from(content, 'utf8')]
      : Buffer.isBuffer(content)
        ? [content]
        : content
  return { path: name, chunks, size: chunks.reduce((n, c) => n + c.length, 0) }
}

/** Encoded into buffers of a few megabytes each. */
const CHUNK_BYTES = 4 * 1024 * 1024

/**
 * A large text built piece by piece and encoded as it grows: no single string holds the whole
 * file (V8 caps a string near 512 MB), and each piece is encoded into a buffer as soon as it is
 * pushed. Pieces (often lines made by concatenation) then die young, which the garbage
 * collector handles cheaply; kept until a larger join, they would outlive several collections
 * and be copied into the old generation, which costs more than writing the text.
 */
export class TextChunks {
  private readonly buffers: Buffer[] = []
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES)
  private used = 0

  push(piece: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (piece.length * 3 > this.buffer.length - this.used) {
      this.seal()
      if (piece.length * 3 > CHUNK_BYTES) {
        this.buffers.push(Buffer.from(piece, 'utf8'))
        return
      }
      this.buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    }
    this.used += this.buffer.write(piece, this.used, 'utf8')
  }

  /** The text's bytes, in the buffers it was encoded into. */
  chunks(): Buffer[] {
    this.seal()
    return this.buffers
  }

  private seal(): void {
    if (this.used > 0) this.buffers.push(this.buffer.subarray(0, this.used))
    this.buffer = Buffer.allocUnsafe(0)
    this.used = 0
  }
}

const described = new WeakMap<OutputFile, ExportedFile>()

/** Bytes and SHA-256 of a file about to be written, for the manifest; each file is hashed once. */
export function describeFile(file: OutputFile): ExportedFile {
  let description = described.get(file)
  if (!description) {
    const hash = createHash('sha256')
    for (const chunk of file.chunks) hash.update(chunk)
    description = { path: file.path, bytes: file.size, sha256: hash.digest('hex') }
    described.set(file, description)
  }
  return { ...description }
}

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
 * Writes a set of files as one folder, all or nothing: they are written (and fsynced) into a
 * staging folder beside the target, which then takes the target's place. The target must be
 * missing, empty, or hold only a previous export of ours (its manifest names every file), which
 * is replaced whole; any other folder is refused. A cancel or a failure removes the staging
 * folder and leaves the target as it was.
 */
export async function writeFileSet(
  folder: string,
  files: OutputFile[],
  control: ExchangeControl = {},
): Promise<void> {
  const target = path.resolve(folder)
  const state = await folderContents(target)
  if (state === 'other')
    throw new CuratorError(
      'VALIDATION',
      `${folder} is not empty: choose an empty or new folder (a folder holding only a previous export is replaced whole).`,
    )
  const parent = path.dirname(target)
  await makeFolder(parent)
  const tag = randomBytes(4).toString('hex')
  const staging = path.join(parent, `.${path.basename(target)}.${tag}.hc-export`)
  try {
    await mkdir(staging)
    let done = 0
    for (const file of files) {
      throwIfAborted(control.signal)
      const handle = await open(path.join(staging, file.path), 'wx')
      try {
        // writeFile goes on from where the last one ended, and writes all of its chunk.
        for (const chunk of file.chunks) await handle.writeFile(chunk)
        await handle.sync()
      } finally {
        await handle.close()
      }
      done += 1
      control.onProgress?.(done, files.length)
    }
    await syncFolder(staging)
    throwIfAborted(control.signal)
  } catch (error) {
    await removeOurFolder(staging)
    throw ioError(error, folder)
  }
  try {
    if (state === 'previous-export') {
      const old = path.join(parent, `.${path.basename(target)}.${tag}.hc-replaced`)
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
    await removeOurFolder(staging)
    throw ioError(error, folder)
  }
}
