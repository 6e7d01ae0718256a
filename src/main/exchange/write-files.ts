import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { ExportedFile } from '../../shared/exchange'
import { TEMP_SUFFIX } from '../dataset/fs/durable-write'
import { ioError } from '../dataset/io-errors'
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

/**
 * Writes a set of files so that a cancel or a failure leaves none of them half-written: every
 * file goes to a temp name first (fsynced), and only when all are there are they renamed into
 * place. On a cancel or an error the temps are removed and the folder is as it was.
 */
export async function writeFileSet(
  folder: string,
  files: OutputFile[],
  control: ExchangeControl = {},
): Promise<void> {
  const temps: { temp: string; target: string }[] = []
  try {
    await mkdir(folder, { recursive: true })
    let done = 0
    for (const file of files) {
      throwIfAborted(control.signal)
      const target = path.join(folder, file.path)
      const temp = `${target}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`
      temps.push({ temp, target })
      const handle = await open(temp, 'w')
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
    throwIfAborted(control.signal)
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => unlink(temp).catch(() => undefined)))
    throw ioError(error, folder)
  }
  for (const { temp, target } of temps) await rename(temp, target)
}
