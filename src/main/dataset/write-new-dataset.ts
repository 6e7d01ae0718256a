import path from 'node:path'
import type { Manifest } from '../../shared/domain'
import { RECORD_KINDS } from '../../shared/result'
import { toCanonicalJson } from './canonical-json'
import { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { MANIFEST_FILE, withLayout } from './layout'
import type { Collections } from './read-dataset'
import { writeNewShards } from './shard-writes'

/** Writes a new dataset's files into an empty (or new) folder, each durably, in shards (docs/LAYOUT.md). */
export async function writeNewDataset(disk: Disk, folder: string, manifest: Manifest, records: Collections) {
  await disk.mkdir(folder)
  if ((await disk.readdir(folder)).length > 0) {
    throw new CuratorError('CONFLICT', `${folder} is not empty: choose an empty folder for a new dataset.`)
  }
  for (const kind of RECORD_KINDS) await writeNewShards(disk, folder, kind, records[kind] as { id: string }[])
  // The manifest last: a folder without one is not yet a dataset.
  await writeFileDurably(disk, path.join(folder, MANIFEST_FILE), toCanonicalJson(withLayout(manifest)))
}
