import type { RecordKind, ValidationIssue } from '@shared/result'
import type { Disk } from './fs/disk'
import { shardRecordsInPlace } from './kind-records'
import { parseJson, recordsOf } from './file-checks'
import { fileReading, readRecords } from './read-dataset'

/**
 * One shard at a time, checked as an open checks it: for the team merge (src/main/team), which
 * reads only the shards both sides touched, from the folder or from git's blobs.
 */
interface ShardRecords {
  /** The records that have an id and sit in this shard, in the file's order. */
  records: unknown[]
  /** What is wrong with the others (no id, the wrong shard), each naming the file and record. */
  issues: ValidationIssue[]
}

/**
 * One shard file's records (`file`: `sites/3f.json`), read as an open reads it: refused when too
 * large, empty, not JSON or too deep; none when the file is absent. Also answers its SHA-256.
 */
export async function readShardFile(
  disk: Disk,
  folder: string,
  kind: RecordKind,
  file: string,
  maxBytes?: number,
): Promise<ShardRecords & { hash: string | undefined }> {
  const reading = fileReading(disk, folder, maxBytes)
  const read = (await readRecords(reading, file)) ?? []
  const shard: ShardRecords = { records: [], issues: [] }
  shardRecordsInPlace(kind, file, read, shard.records, shard.issues)
  return { ...shard, hash: reading.hashes.get(file) }
}

/** A shard's records from its text (a git blob), with the refusals of a whole parse (JSON, depth, shape). */
export function shardRecordsOfText(kind: RecordKind, file: string, text: string): ShardRecords {
  const shard: ShardRecords = { records: [], issues: [] }
  shardRecordsInPlace(kind, file, recordsOf(file, parseJson(file, text)), shard.records, shard.issues)
  return shard
}
