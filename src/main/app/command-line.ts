import { statSync } from 'node:fs'
import path from 'node:path'

const MANIFEST = 'dataset.json'

function kind(file: string): 'file' | 'folder' | null {
  try {
    const stats = statSync(file)
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : null
  } catch {
    return null
  }
}

/**
 * The dataset folder named on a command line: a folder holding dataset.json, or that dataset.json
 * itself (what a file manager passes). `argv[0]` is the executable; switches (`--no-sandbox`,
 * Chromium's own) are skipped, and so is anything that is not a dataset, such as the app folder
 * that `electron .` passes in development. When several qualify, the last one wins.
 */
export function datasetFolderFromArgs(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1).reverse()) {
    if (arg === '' || arg.startsWith('-')) continue
    const candidate = path.resolve(workingDirectory, arg)
    const found = kind(candidate)
    if (found === 'folder' && kind(path.join(candidate, MANIFEST)) === 'file') return candidate
    if (found === 'file' && path.basename(candidate) === MANIFEST) return path.dirname(candidate)
  }
  return null
}
