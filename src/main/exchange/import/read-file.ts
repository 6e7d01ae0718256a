import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { CuratorError } from '../../dataset/errors'
import { MAX_FILE_BYTES } from '../../dataset/file-checks'

/**
 * Reads a file to import as UTF-8 text (a byte-order mark is dropped). Anything that stops it
 * (missing, a folder, too large, not UTF-8, empty) is a CuratorError that says what to do.
 */
export async function readTextFile(file: string): Promise<string> {
  const name = path.basename(file)
  let size: number
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new CuratorError('VALIDATION', `${file} is a folder, not a file to import.`)
    size = info.size
  } catch (error) {
    if (error instanceof CuratorError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CuratorError('NOT_FOUND', `There is no file ${file}.`)
    throw new CuratorError('IO', `${name} cannot be read (${code ?? 'error'}).`)
  }
  if (size > MAX_FILE_BYTES) {
    throw new CuratorError(
      'IO',
      `${name} is ${Math.round(size / 1e6)} MB, larger than the ${MAX_FILE_BYTES / 1e6} MB limit.`,
    )
  }
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw new CuratorError(
      'IO',
      `${name} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    )
  }
  return decodeUtf8(bytes, name)
}

/** Strict UTF-8: a file in another encoding is refused rather than imported as mojibake. */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new CuratorError(
      'VALIDATION',
      `${name} is not UTF-8 text: save it as UTF-8 (in Excel, “CSV UTF-8”) and import it again.`,
    )
  }
  if (text.includes('\u0000')) throw new CuratorError('VALIDATION', `${name} is a binary file, not text.`)
  if (text.trim() === '')
    throw new CuratorError('VALIDATION', `${name} is empty: there is nothing to import.`)
  return text
}
