/**
 * The dataset folder as a spec reads and changes it behind the app's back (as a git pull or
 * another editor would): each record lives in its shard, `<kind folder>/<hh>.json` (docs/LAYOUT.md).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { shardFileOfRecord } from '../../src/main/dataset/shard-files'
import { KIND_FOLDERS } from '../../src/main/dataset/shards'

type Records<K extends RecordKind> = { records: RecordOf[K][] }

/** The shard file (`sites/3f.json`) that holds a site with this id. */
export function siteShard(id: string): string {
  return shardFileOfRecord('site', { id })
}

async function readFileRecords<K extends RecordKind>(file: string): Promise<Records<K>> {
  return JSON.parse(await readFile(file, 'utf8').catch(() => '{"records": []}')) as Records<K>
}

/** Every record of a kind, from all its shards. */
export async function recordsOnDisk<K extends RecordKind>(
  datasetPath: string,
  kind: K,
): Promise<RecordOf[K][]> {
  const folder = join(datasetPath, KIND_FOLDERS[kind])
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith('.json'))
  const shards = await Promise.all(names.map((name) => readFileRecords<K>(join(folder, name))))
  return shards.flatMap((shard) => shard.records)
}

/** A record as its shard on disk has it, if it is there. */
export async function recordOnDisk<K extends RecordKind>(datasetPath: string, kind: K, id: string) {
  return (await recordsOnDisk(datasetPath, kind)).find((record) => record.id === id)
}

/** Changes one record in its shard (pretty-printed, as an editor would leave it). */
export async function editRecordOnDisk<K extends RecordKind>(
  datasetPath: string,
  kind: K,
  id: string,
  change: (record: RecordOf[K]) => void,
) {
  const record = await recordOnDisk(datasetPath, kind, id)
  if (!record) throw new Error(`the dataset has no ${kind} ${id}`)
  const file = join(datasetPath, shardFileOfRecord(kind, record))
  const data = await readFileRecords<K>(file)
  change(data.records.find((r) => r.id === id) as RecordOf[K])
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`)
}

/** Adds a record to the shard it belongs in (made when it is not there yet). */
export async function addRecordOnDisk<K extends RecordKind>(
  datasetPath: string,
  kind: K,
  record: RecordOf[K],
) {
  const file = join(datasetPath, shardFileOfRecord(kind, record))
  const data = await readFileRecords<K>(file)
  data.records.push(record)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`)
}
