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
  bytes: Buffer
}

export function outputFile(name: string, text: string | Buffer): OutputFile {
  return { path: name, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text }
}

/** Encoded a few megabytes at a time. */
const CHUNK_CHARS = 8 * 1024 * 1024

/**
 * A large text built piece by piece and encoded as it grows: no single string holds the whole
 * file (V8 caps a string near 512 MB), and the pieces are garbage as soon as they are encoded.
 */
export class TextChunks {
  private pieces: string[] = []
  private chars = 0
  private readonly buffers: Buffer[] = []

  push(piece: string): void {
    this.pieces.push(piece)
    this.chars += piece.length
    if (this.chars >= CHUNK_CHARS) this.flush()
  }

  bytes(): Buffer {
    this.flush()
    return Buffer.concat(this.buffers)
  }

  private flush(): void {
    if (this.pieces.length === 0) return
    this.buffers.push(Buffer.from(this.pieces.join(''), 'utf8'))
    this.pieces = []
    this.chars = 0
  }
}

/** Bytes and SHA-256 of a file about to be written, for the manifest. */
export function describeFile(file: OutputFile): ExportedFile {
  return {
    path: file.path,
    bytes: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
  }
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
        await handle.writeFile(file.bytes)
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
