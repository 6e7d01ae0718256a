import { lstat, mkdir, readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { CuratorError } from '../dataset/errors'

/** Deeper than any folder a person picks: a path longer than this is refused, not walked. */
const MAX_LEVELS = 64

const code = (error: unknown) => (error as NodeJS.ErrnoException).code

/**
 * The real path of a folder that may not exist yet: the real path of its nearest existing
 * ancestor (symlinks resolved), with the missing names after it. Two names for one folder (a
 * symlink to the dataset) give the same answer.
 */
async function realFolderPath(folder: string): Promise<string> {
  const missing: string[] = []
  let current = path.resolve(folder)
  for (let level = 0; level < MAX_LEVELS; level += 1) {
    try {
      return path.join(await realpath(current), ...missing.reverse())
    } catch (error) {
      if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') throw error
      const parent = path.dirname(current)
      if (parent === current) break
      missing.push(path.basename(current))
      current = parent
    }
  }
  throw new CuratorError(
    'VALIDATION',
    `${folder} is nested deeper than ${MAX_LEVELS} folders: choose another.`,
  )
}

/** True when `inner` is `outer` or inside it (both real paths). */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** An export never writes into the dataset's own folder, by whatever name (a symlink) it is reached. */
export async function refuseDatasetFolder(out: string, datasetFolder: string | undefined): Promise<void> {
  if (!datasetFolder) return
  const [outReal, datasetReal] = await Promise.all([realFolderPath(out), realFolderPath(datasetFolder)])
  if (isWithin(outReal, datasetReal) || isWithin(datasetReal, outReal))
    throw new CuratorError(
      'VALIDATION',
      `${out} is ${outReal === datasetReal ? 'the dataset folder' : isWithin(outReal, datasetReal) ? 'inside the dataset folder' : 'a folder that holds the dataset'}${outReal !== path.resolve(out) ? ` (${outReal})` : ''}: choose another folder for the export.`,
    )
}

/**
 * Makes a folder and its missing parents one level at a time (Node's recursive mkdir loops
 * forever where the system answers ENOENT for a folder whose parent exists, as under /proc), at
 * most MAX_LEVELS of them; a refusal names the folder and the system's reason.
 */
export async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = []
  let current = path.resolve(folder)
  for (;;) {
    try {
      const info = await lstat(current)
      if (!info.isDirectory())
        throw new CuratorError('VALIDATION', `${current} is not a folder: choose another.`)
      break
    } catch (error) {
      if (error instanceof CuratorError) throw error
      if (code(error) !== 'ENOENT') throw error
      if (missing.length >= MAX_LEVELS || path.dirname(current) === current)
        throw new CuratorError('VALIDATION', `${folder} cannot be made: too many missing folders.`)
      missing.push(current)
      current = path.dirname(current)
    }
  }
  for (const dir of missing.reverse()) {
    try {
      await mkdir(dir)
    } catch (error) {
      if (code(error) === 'EEXIST') continue
      throw new CuratorError(
        'IO',
        `${dir} cannot be made (${code(error) ?? 'error'}): the system refuses a folder there. Choose another folder.`,
      )
    }
  }
}

/** What an export folder holds now: nothing (or missing), a previous export of ours, or other files. */
export async function folderContents(folder: string): Promise<'none' | 'previous-export' | 'other'> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if (code(error) === 'ENOENT') return 'none'
    if (code(error) === 'ENOTDIR') throw new CuratorError('VALIDATION', `${folder} is a file, not a folder.`)
    throw error
  }
  if (names.length === 0) return 'none'
  try {
    const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as {
      format?: unknown
      files?: { path?: unknown }[]
    }
    if (manifest.format !== 'heritage-curator-export' || !Array.isArray(manifest.files)) return 'other'
    const ours = new Set(['manifest.json', ...manifest.files.map((f) => String(f.path))])
    for (const name of names) {
      const info = await lstat(path.join(folder, name))
      if (!ours.has(name) || !info.isFile()) return 'other'
    }
    return 'previous-export'
  } catch {
    return 'other'
  }
}
