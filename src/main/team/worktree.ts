/**
 * The dataset files the engine commits and checks out: the manifest and the shard files of
 * each kind (docs/LAYOUT.md), plus `.gitattributes`. Everything else in the folder (`.curator/`,
 * a README a team keeps beside the data) is left to its owner.
 */
import { randomBytes } from 'node:crypto'
import type { BigIntStats } from 'node:fs'
import { lstat, mkdir, open, readdir, rename, rmdir, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { RecordKind } from '@shared/result'
import { CuratorError } from '../dataset/errors'
import { nodeDisk } from '../dataset/fs/disk'
import { MANIFEST_FILE } from '../dataset/layout'
import { KIND_FOLDERS, SHARD_FILE_NAME } from '../dataset/shards'

export const GITATTRIBUTES = '.gitattributes'
const TOP_FILES = new Set([MANIFEST_FILE, GITATTRIBUTES])
const KIND_OF_FOLDER = new Map<string, RecordKind>(
  Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as RecordKind]),
)

/** The kind of records a path holds, when it is a shard file. */
export function kindOfShard(filePath: string): RecordKind | undefined {
  const [folder, name, ...rest] = filePath.split('/')
  if (rest.length > 0 || name === undefined || !SHARD_FILE_NAME.test(name)) return undefined
  return KIND_OF_FOLDER.get(folder ?? '')
}

/** A file the engine commits and writes: the manifest, `.gitattributes`, or a shard. */
export function isDataPath(filePath: string): boolean {
  return TOP_FILES.has(filePath) || kindOfShard(filePath) !== undefined
}

function refuse(filePath: string, what: string): never {
  throw new CuratorError('VALIDATION', `${filePath} is ${what}: only regular files belong in a dataset.`, [
    {
      path: '',
      rule: 'team.regular-file',
      severity: 'error',
      message: `${filePath} is ${what}.`,
      file: filePath,
    },
  ])
}

/** The stat of a data file, or undefined when it is absent; a link or a folder is refused. */
export async function statDataFile(dir: string, filePath: string): Promise<BigIntStats | undefined> {
  const stats = await lstat(path.join(dir, filePath), { bigint: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined
      throw error
    },
  )
  if (stats && !stats.isFile())
    refuse(filePath, stats.isSymbolicLink() ? 'a symbolic link' : 'not a regular file')
  return stats
}

/** The data files present in the work tree (relative paths with `/`). */
export async function listDataFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const name of TOP_FILES) if (await statDataFile(dir, name)) found.push(name)
  for (const folder of Object.values(KIND_FOLDERS)) {
    const info = await lstat(path.join(dir, folder)).catch(() => undefined)
    if (!info) continue
    if (!info.isDirectory()) refuse(folder, 'not a folder')
    for (const name of await readdir(path.join(dir, folder))) {
      if (SHARD_FILE_NAME.test(name)) found.push(`${folder}/${name}`)
    }
  }
  return found.sort()
}

/**
 * Writes files of the work tree (null removes one), each so that a crash leaves the old bytes
 * or the new, never a mixture: temp file, fsync, rename, folder fsync. Never through a link.
 */
export async function writeWorkFiles(dir: string, files: Map<string, Buffer | null>): Promise<void> {
  const folders = new Set<string>()
  await Promise.all(
    [...files].map(async ([filePath, content]) => {
      if (!isDataPath(filePath)) throw new Error(`${filePath} is not a dataset file.`)
      await statDataFile(dir, filePath)
      const target = path.join(dir, filePath)
      folders.add(path.dirname(target))
      if (content === null) {
        await unlink(target).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
        return
      }
      await mkdir(path.dirname(target), { recursive: true })
      const temp = `${target}.${randomBytes(4).toString('hex')}.hc-tmp`
      const handle = await open(temp, 'w')
      try {
        await handle.write(content)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temp, target)
    }),
  )
  for (const folder of folders) {
    await nodeDisk.syncFolder(folder).catch(() => undefined)
    // A kind folder left empty goes, as git would leave it.
    if (folder !== dir) await rmdir(folder).catch(() => undefined)
  }
}
