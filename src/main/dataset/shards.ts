import { createHash } from 'node:crypto'
import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'

/**
 * The sharded layout (docs/LAYOUT.md): each kind's records live in up to 256 files,
 * `<folder>/<hh>.json`, where `hh` is the first two hex digits of the SHA-1 of the record's
 * shard key. Git stores and merges a one-record change as one small file, and the keyed merge
 * (src/main/team) reads only the shards both sides touched.
 */

/** Recorded in the manifest (`layout`), so a later scheme can be told apart and migrated. */
export const SHARDED_LAYOUT = { version: 2, shards: 256, key: 'sha1-hex2' } as const

/** The folder of each kind's shards, inside the dataset folder. */
export const KIND_FOLDERS = {
  site: 'sites',
  source: 'sources',
  property: 'properties',
  statement: 'statements',
} as const satisfies Record<RecordKind, string>

/** Two lower-case hex digits: the shard of a key. Stable across machines, versions and runtimes. */
export function shardOf(key: string): string {
  return createHash('sha1').update(key, 'utf8').digest('hex').slice(0, 2)
}

/**
 * What a record is sharded by: its id, except a statement, which travels with its subject (a
 * site's id, or a country's code), so that a site's statements sit in one shard.
 */
function shardKeyOf<K extends RecordKind>(kind: K, record: RecordOf[K]): string {
  if (kind !== 'statement') return record.id
  const subject = (record as RecordOf['statement']).subject
  return subject.kind === 'site' ? subject.id : subject.code
}

/** The shard file (relative, with `/`) that holds a record. */
export function shardFileOf<K extends RecordKind>(kind: K, record: RecordOf[K]): string {
  return shardFile(kind, shardOf(shardKeyOf(kind, record)))
}

/** `sites/3f.json`: the relative path of one shard, always with `/` (also on Windows). */
export function shardFile(kind: RecordKind, shard: string): string {
  return `${KIND_FOLDERS[kind]}/${shard}.json`
}

/** A shard file's name (`3f.json`) is well formed: exactly two lower-case hex digits. */
export const SHARD_FILE_NAME = /^[0-9a-f]{2}\.json$/
