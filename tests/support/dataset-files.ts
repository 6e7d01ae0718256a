/**
 * The files of a dataset folder as tests read and change them behind the store's back (as a
 * git pull or another editor would): a kind's records across its shards (docs/LAYOUT.md), one
 * record's shard, and the old layout (one file per kind) that migration tests start from.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RecordOf } from '@shared/domain'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import { serializeRecordFile, toCanonicalJson } from '../../src/main/dataset/canonical-json'
import { MANIFEST_FILE, OLD_RECORD_FILES, withoutLayout } from '../../src/main/dataset/layout'
import { groupByShard, serializeShard } from '../../src/main/dataset/shard-files'
import { KIND_FOLDERS, shardFile, shardOf } from '../../src/main/dataset/shards'
import { copySample } from './temp-dataset'

/** The shard file (`sites/3f.json`) that holds a site, source or property with this id. */
export function shardOfId(kind: Exclude<RecordKind, 'statement'>, id: string): string {
  return shardFile(kind, shardOf(id))
}

/** A kind's shard files in a folder (paths in it, with `/`), sorted. */
export async function shardFilesOf(folder: string, kind: RecordKind): Promise<string[]> {
  const names = await readdir(path.join(folder, KIND_FOLDERS[kind])).catch(() => [] as string[])
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${KIND_FOLDERS[kind]}/${name}`)
}

/** A kind's records from all its shards, in id order. */
export async function readKind<K extends RecordKind>(folder: string, kind: K): Promise<RecordOf[K][]> {
  const records: RecordOf[K][] = []
  for (const file of await shardFilesOf(folder, kind)) {
    const shard = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as { records: RecordOf[K][] }
    records.push(...shard.records)
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Writes a kind's records into its shards, as the app would lay them out; shards left empty go. */
export async function writeKind<K extends RecordKind>(folder: string, kind: K, records: RecordOf[K][]) {
  for (const file of await shardFilesOf(folder, kind)) await rm(path.join(folder, file))
  await mkdir(path.join(folder, KIND_FOLDERS[kind]), { recursive: true })
  for (const [file, shard] of groupByShard(kind, records))
    await writeFile(path.join(folder, file), serializeShard(shard))
}

/** Changes a kind's records in place on disk, behind any store's back. */
export async function editKind<K extends RecordKind>(
  folder: string,
  kind: K,
  change: (records: RecordOf[K][]) => void,
) {
  const records = await readKind(folder, kind)
  change(records)
  await writeKind(folder, kind, records)
}

/** The records of one shard file, to change it byte for byte. */
export async function readShard<R>(folder: string, file: string): Promise<R[]> {
  return (JSON.parse(await readFile(path.join(folder, file), 'utf8')) as { records: R[] }).records
}

/**
 * Turns a sharded dataset folder into the old layout (a manifest without `layout`, one file per
 * kind): a dataset as the app wrote it before the shards, which opening for writing migrates.
 */
export async function toOldLayout(folder: string): Promise<void> {
  for (const kind of RECORD_KINDS) {
    const records = await readKind(folder, kind)
    await rm(path.join(folder, KIND_FOLDERS[kind]), { recursive: true, force: true })
    await writeFile(path.join(folder, OLD_RECORD_FILES[kind]), serializeRecordFile({ records }))
  }
  const manifest = JSON.parse(await readFile(path.join(folder, MANIFEST_FILE), 'utf8'))
  await writeFile(path.join(folder, MANIFEST_FILE), toCanonicalJson(withoutLayout(manifest)))
}

/** A temp copy of the bundled sample in the old layout. */
export async function copyOldSample(): Promise<string> {
  const folder = await copySample()
  await toOldLayout(folder)
  return folder
}
