import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { RecordMaps } from './apply-changes'
import { makeBackup } from './backups'
import type { DirtyShard } from './dirty-shards'
import type { FileHashes } from './file-hashes'
import type { Disk } from './fs/disk'
import { shardDb } from './lowdb-adapter'
import { datasetFiles, groupByShard, shardFileOfRecord } from './shard-files'
import { ensureKindFolder, removeShardFile } from './shard-writes'
import { KIND_FOLDERS, SHARD_FILE_NAME } from './shards'

type AnyRecord = RecordOf[RecordKind]

/**
 * A dirty shard's records: the shard as last written, with each record that changed since put
 * in (its current version, when it is in this shard now) or taken out. Reading one shard (about
 * 2,000 statements at 100,000 sites) costs less than finding its records among all of a kind's,
 * which takes a hash of every record.
 */
function withChanges(written: AnyRecord[], shard: DirtyShard, maps: RecordMaps): AnyRecord[] {
  const byId = new Map(written.map((record) => [record.id, record]))
  const current = maps[shard.kind] as Map<string, AnyRecord>
  for (const id of shard.ids) {
    byId.delete(id)
    const record = current.get(id)
    if (record && shardFileOfRecord(shard.kind, record) === shard.file) byId.set(id, record)
  }
  return [...byId.values()]
}

/** The kind whose folder holds a shard file (`sites/3f.json` → site), if it is one. */
function kindOfShardFile(file: string): RecordKind | undefined {
  const [folder, name] = file.split('/')
  const kind = (Object.keys(KIND_FOLDERS) as RecordKind[]).find((k) => KIND_FOLDERS[k] === folder)
  return kind && name && SHARD_FILE_NAME.test(name) ? kind : undefined
}

/**
 * Shards to write from the records in memory alone, whatever their files hold: those changed
 * outside, when the curator chose to keep their own edits over them. Rare, so each kind
 * concerned is grouped by shard (a hash of each of its records) once.
 */
function fromMemory(files: readonly string[], maps: RecordMaps): Map<string, AnyRecord[]> {
  const shards = new Map<string, AnyRecord[]>()
  const kinds = new Set(files.map(kindOfShardFile).filter((k) => k !== undefined))
  for (const kind of kinds) {
    const groups = groupByShard(kind, (maps[kind] as Map<string, AnyRecord>).values())
    for (const file of files) if (kindOfShardFile(file) === kind) shards.set(file, groups.get(file) ?? [])
  }
  return shards
}

/**
 * Writes the shards whose records changed since the last compaction, each through a lowdb made
 * for it (temp file, fsync, rename, folder fsync); a shard left with no records loses its file,
 * durably. `overwrite` lists files changed outside that the curator keeps their own edits over:
 * written from memory. The file hashes follow what was written.
 */
async function writeDirtyShards(
  disk: Disk,
  folder: string,
  maps: RecordMaps,
  dirty: DirtyShard[],
  hashes: FileHashes,
  overwrite: readonly string[] = [],
): Promise<void> {
  const rebuilt = fromMemory(overwrite, maps)
  const targets = new Map(dirty.map((shard) => [shard.file, shard]))
  for (const file of rebuilt.keys())
    if (!targets.has(file))
      targets.set(file, { kind: kindOfShardFile(file) as RecordKind, file, ids: new Set() })
  for (const shard of targets.values()) {
    const db = shardDb(disk, folder, shard.file, (file, text) => hashes.wrote(file, text))
    const records = rebuilt.get(shard.file)
    if (records) db.data = { records }
    else {
      await db.read()
      db.data = { records: withChanges(db.data.records, shard, maps) }
    }
    if (db.data.records.length === 0) {
      await removeShardFile(disk, folder, shard.file)
      hashes.removed(shard.file)
    } else {
      await ensureKindFolder(disk, folder, shard.kind)
      await db.write()
    }
  }
}

/**
 * One compaction's writes: a backup generation of the dataset's files as they are (hard links),
 * then the dirty shards (see `writeDirtyShards`).
 */
export async function compactShards(
  disk: Disk,
  folder: string,
  maps: RecordMaps,
  dirty: DirtyShard[],
  hashes: FileHashes,
  backup: { dir: string; at: Date; keep: number },
  overwrite: readonly string[],
): Promise<void> {
  const files = await datasetFiles(disk, folder, true)
  await makeBackup(disk, folder, backup.dir, backup.at, backup.keep, files)
  await writeDirtyShards(disk, folder, maps, dirty, hashes, overwrite)
}
