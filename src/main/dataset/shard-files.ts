import path from 'node:path'
import type { RecordKind, ValidationIssue } from '@shared/result'
import { RECORD_KINDS } from '@shared/result'
import type { Manifest } from '@shared/domain'
import { serializeRecordFile, toCanonicalJson } from './canonical-json'
import { CuratorError } from './errors'
import { type Disk, entriesOf } from './fs/disk'
import { isTempFile } from './fs/durable-write'
import { MANIFEST_FILE, OLD_RECORD_FILES, withLayout } from './layout'
import { kindIssue } from './regular-files'
import { KIND_FOLDERS, SHARD_FILE_NAME, shardFile, shardOf } from './shards'

/**
 * The shard files of the sharded layout (docs/LAYOUT.md), one at a time: which shard a record
 * goes in, a shard's text, and what a kind's folder holds. The store, the deep check, the
 * backups and the team merge (src/main/team) all go through these.
 */

/**
 * What a record read from a file is sharded by (see `shardKeyOf` in shards.ts), or undefined
 * when it has none to go by: no id, or a statement without a site or country for its subject.
 */
export function shardKeyOfRecord(kind: RecordKind, record: unknown): string | undefined {
  if (kind !== 'statement') {
    const id = (record as { id?: unknown } | null)?.id
    return typeof id === 'string' ? id : undefined
  }
  const subject = (record as { subject?: { kind?: unknown; id?: unknown; code?: unknown } } | null)?.subject
  const key = subject?.kind === 'site' ? subject.id : subject?.kind === 'country' ? subject.code : undefined
  return typeof key === 'string' ? key : undefined
}

/** The shard file a record goes in (`sites/3f.json`); its kind's folder when it has no key to go by. */
export function shardFileOfRecord(kind: RecordKind, record: unknown): string {
  const key = shardKeyOfRecord(kind, record)
  return key === undefined ? `${KIND_FOLDERS[kind]}/` : shardFile(kind, shardOf(key))
}

/** The two hex digits of a shard file's path (`sites/3f.json` → `3f`). */
export function shardOfFile(file: string): string {
  return path.posix.basename(file, '.json')
}

/** Records grouped by the shard file each goes in, in the order given (`sites/3f.json` → records). */
export function groupByShard<R>(kind: RecordKind, records: Iterable<R>): Map<string, R[]> {
  const shards = new Map<string, R[]>()
  for (const record of records) {
    const file = shardFileOfRecord(kind, record)
    const group = shards.get(file)
    if (group) group.push(record)
    else shards.set(file, [record])
  }
  return shards
}

/** One shard's text, exactly as the single files were written: `{ "records": [...] }`, sorted, canonical. */
export function serializeShard<R extends { id: string }>(records: R[]): string {
  return serializeRecordFile({ records })
}

/**
 * A whole dataset's files as text, in the sharded layout: the manifest (with `layout`) and every
 * shard, by path in the folder (`sites/3f.json`). For tools that write datasets whole (the sample
 * builder, the bench, tests); the app writes through `writeNewDataset`.
 */
export function serializeDataset(
  manifest: Manifest,
  records: { [K in RecordKind]: { id: string }[] },
): Map<string, string> {
  const files = new Map([[MANIFEST_FILE, toCanonicalJson(withLayout(manifest))]])
  for (const kind of RECORD_KINDS)
    for (const [file, shard] of groupByShard(kind, records[kind])) files.set(file, serializeShard(shard))
  return files
}

function layoutIssue(file: string, problem: string): CuratorError {
  const issue: ValidationIssue = {
    path: '',
    message: `${file} ${problem}`,
    rule: 'file.layout',
    severity: 'error',
    file,
  }
  return new CuratorError('VALIDATION', `${file} ${problem}`, [issue])
}

const WHAT = { folder: 'a folder', link: 'a symbolic link', other: 'not a regular file' } as const

/**
 * A link, folder or special file in a kind folder: refused as any dataset file that is not a
 * regular file is (regular-files.ts), never followed or read, and the refusal names the dataset
 * so that read-only and restore are offered.
 */
function notAShard(folder: string, file: string, type: 'folder' | 'link' | 'other'): CuratorError {
  const issue = kindIssue(file, type === 'link' ? 'symlink' : type, 'file')
  const message = `The dataset in ${folder} cannot be opened: ${issue.message}`
  return new CuratorError('VALIDATION', message, [issue], folder)
}

/**
 * A kind's shard files (`sites/00.json`, ...), sorted; none when its folder is absent (a kind
 * with no records). Anything else in the folder refuses the open, naming it: a name that is not
 * `<hh>.json`, a folder, a link or any other non-regular file. Temp files a crash left behind
 * are passed over (opening for writing removes them).
 */
export async function listShardFiles(
  disk: Disk,
  folder: string,
  kind: RecordKind,
  /** False: no refusals; every regular file but temp files, to look at (outside changes, backups). */
  strict = true,
): Promise<string[]> {
  const kindFolder = KIND_FOLDERS[kind]
  let entries
  try {
    entries = await entriesOf(disk, path.join(folder, kindFolder))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || (!strict && code === 'ENOTDIR')) return []
    if (code === 'ENOTDIR') throw layoutIssue(kindFolder, 'is not a folder: it must hold the shard files.')
    throw error
  }
  const files: string[] = []
  for (const entry of entries) {
    const file = `${kindFolder}/${entry.name}`
    if (entry.type === 'file' && isTempFile(entry.name)) continue
    if (!strict) {
      if (entry.type === 'file') files.push(file)
      continue
    }
    if (entry.type !== 'file') throw notAShard(folder, file, entry.type)
    if (!SHARD_FILE_NAME.test(entry.name))
      throw layoutIssue(
        file,
        `is not a shard file: ${kindFolder}/ holds only files named <hh>.json, two lower-case hex digits (docs/LAYOUT.md).`,
      )
    files.push(file)
  }
  return files.sort()
}

/** Refuses kind folders that are not folders (a file, a link) at the top of a sharded dataset. */
export async function checkKindFolders(disk: Disk, folder: string): Promise<void> {
  const wanted = new Set<string>(Object.values(KIND_FOLDERS))
  for (const entry of await entriesOf(disk, folder)) {
    if (wanted.has(entry.name) && entry.type !== 'folder')
      throw layoutIssue(
        entry.name,
        `is ${entry.type === 'file' ? 'a file' : WHAT[entry.type]}, not a folder.`,
      )
  }
}

/** The record files of a kind as they are on disk: its shards, or its one file in the old layout. */
export async function recordFilesOf(
  disk: Disk,
  folder: string,
  kind: RecordKind,
  sharded: boolean,
): Promise<string[]> {
  return sharded ? listShardFiles(disk, folder, kind) : [OLD_RECORD_FILES[kind]]
}

/**
 * Every file of a dataset as it is on disk (paths in the folder, with `/`): the manifest and the
 * record files, in either layout, and anything else a kind folder holds (refused when opened).
 * What a backup copies and what outside changes are looked for in.
 */
export async function datasetFiles(disk: Disk, folder: string, sharded: boolean): Promise<string[]> {
  const files = [MANIFEST_FILE]
  for (const kind of RECORD_KINDS) {
    if (sharded) files.push(...(await listShardFiles(disk, folder, kind, false)))
    else if (await exists(disk, path.join(folder, OLD_RECORD_FILES[kind]))) files.push(OLD_RECORD_FILES[kind])
  }
  return files
}

function exists(disk: Disk, file: string): Promise<boolean> {
  return disk.size(file).then(
    () => true,
    () => false,
  )
}

/** Every dataset file a folder holds in either layout (a backup generation, a folder being restored). */
export async function filesOfEitherLayout(disk: Disk, folder: string): Promise<string[]> {
  const files = new Set([
    ...(await datasetFiles(disk, folder, false)),
    ...(await datasetFiles(disk, folder, true)),
  ])
  return [...files]
}
