import type { Manifest } from '@shared/domain'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '@shared/result'
import type { SchemaValidators } from '../validation/ajv'
import { toIssues } from '../validation/messages'
import type { RecordMaps } from './apply-changes'
import type { Disk } from './fs/disk'
import { readKindRecords } from './kind-records'
import { isSharded, MANIFEST_FILE, withoutLayout } from './layout'
import { type Collections, fileReading, readManifest } from './read-dataset'
import { deepIssues, namerFor, refusal } from './record-checks'
import { checkKindFolders } from './shard-files'

export interface DatasetContents {
  /** The manifest without `layout`: the folder's layout is in `sharded`. */
  manifest: Manifest
  /** Whether the records are in shards (docs/LAYOUT.md), or in the old layout's four files. */
  sharded: boolean
  records: Collections
  /** The same records by id, for each kind. */
  maps: RecordMaps
  /** SHA-256 of each file as read (`sites/3f.json`), so that outside edits can be told from our own later. */
  hashes: Map<string, string>
  /** With `tolerateProblems`: what is wrong with records that were read anyway. */
  problems: ValidationIssue[]
  /** Whether every record was checked against its schema and the cross-record rules. */
  checkedDeeply: boolean
}

interface ReadOptions {
  /** Check every record deeply (default), or only up to this many bytes of record files (larger: shape only). */
  deep?: boolean | { upToBytes: number }
  maxFileBytes?: number
  tolerateProblems?: boolean
}

/**
 * Reads and checks a dataset folder, in either layout, without writing anything. Any problem
 * (unreadable file, bad JSON, a missing or duplicate id, anything but shards in a kind folder, a
 * record in the wrong shard; when checked deeply, a record that fails its schema or a dangling
 * reference) is refused with issues that name the file, the record and the rule. A dataset not
 * checked deeply (a large one) is checked afterwards, off the main thread.
 */
export async function readDataset(
  folder: string,
  validators: SchemaValidators,
  disk: Disk,
  options: ReadOptions = {},
): Promise<DatasetContents> {
  const reading = fileReading(disk, folder, options.maxFileBytes)
  const manifest = await readManifest(reading)
  const issues: ValidationIssue[] = toIssues(validators.validate('manifest', manifest)).map((issue) => ({
    ...issue,
    file: MANIFEST_FILE,
    message: `${MANIFEST_FILE}: ${issue.message}`,
  }))
  const sharded = isSharded(manifest)
  if (sharded) await checkKindFolders(disk, folder)
  const records = {} as Record<RecordKind, unknown[]>
  const maps = {} as Record<RecordKind, Map<string, unknown>>
  for (const kind of RECORD_KINDS) {
    const read = await readKindRecords(reading, kind, sharded)
    records[kind] = read.list
    maps[kind] = read.byId
    issues.push(...read.issues)
  }
  const fileProblems = issues.length
  const deep = options.deep ?? true
  const checkedDeeply = typeof deep === 'boolean' ? deep : reading.bytes <= deep.upToBytes
  if (issues.length === 0 && checkedDeeply)
    issues.push(...deepIssues(records as Collections, validators, namerFor(sharded)))
  // Records that parse but break a rule can still be read (read-only), when the curator asks to.
  if (issues.length > 0 && !(options.tolerateProblems && fileProblems === 0)) throw refusal(folder, issues)
  return {
    manifest: withoutLayout(manifest as Manifest),
    sharded,
    records: records as Collections,
    maps: maps as RecordMaps,
    hashes: reading.hashes,
    problems: issues,
    checkedDeeply,
  }
}
