/**
 * A small writer and reader of the sharded layout (docs/LAYOUT.md) for the team tests and bench,
 * built on shards.ts and serializeRecordFile exactly as the store writes shards.
 */
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Manifest, RecordOf } from '@shared/domain'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import { serializeRecordFile, toCanonicalJson } from '../../src/main/dataset/canonical-json'
import { MANIFEST_FILE } from '../../src/main/dataset/layout'
import { KIND_FOLDERS, SHARD_FILE_NAME, shardFileOf } from '../../src/main/dataset/shards'
import type { Collections } from '../../src/main/dataset/read-dataset'

export const SAMPLE_DIR = path.resolve(import.meta.dirname, '../../data')

/** Every shard file's text, by relative path. */
export function shardTexts(records: Collections): Map<string, string> {
  const byFile = new Map<string, { id: string }[]>()
  for (const kind of RECORD_KINDS) {
    for (const record of records[kind] as RecordOf[RecordKind][]) {
      const file = shardFileOf(kind, record)
      if (!byFile.has(file)) byFile.set(file, [])
      byFile.get(file)?.push(record)
    }
  }
  return new Map([...byFile].map(([file, list]) => [file, serializeRecordFile({ records: list })]))
}

export async function writeShardedDataset(folder: string, manifest: Manifest, records: Collections) {
  for (const [file, text] of shardTexts(records)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true })
    await writeFile(path.join(folder, file), text)
  }
  await writeFile(path.join(folder, MANIFEST_FILE), toCanonicalJson(manifest))
}

/** Writes one record into its shard of a sharded folder (or removes it: `record` null), canonically. */
export async function putRecord<K extends RecordKind>(
  folder: string,
  kind: K,
  id: string,
  record: RecordOf[K] | null,
) {
  const records = await readShardedDataset(folder)
  const list = (records[kind] as RecordOf[K][]).filter((r) => r.id !== id)
  if (record) list.push(record)
  ;(records[kind] as RecordOf[K][]) = list
  // Rewrite only the shards of this kind that changed.
  const texts = shardTexts(records)
  const existing = await kindFiles(folder, kind)
  for (const file of new Set([
    ...existing,
    ...[...texts.keys()].filter((f) => f.startsWith(`${KIND_FOLDERS[kind]}/`)),
  ])) {
    const target = path.join(folder, file)
    const text = texts.get(file)
    const old = await readFile(target, 'utf8').catch(() => null)
    if (text === undefined) {
      if (old !== null) await unlink(target)
    } else if (old !== text) {
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, text)
    }
  }
}

async function kindFiles(folder: string, kind: RecordKind): Promise<string[]> {
  const dir = KIND_FOLDERS[kind]
  const names = await readdir(path.join(folder, dir)).catch(() => [] as string[])
  return names.filter((n) => SHARD_FILE_NAME.test(n)).map((n) => `${dir}/${n}`)
}

export async function readShardedDataset(folder: string): Promise<Collections> {
  const records = { site: [], source: [], property: [], statement: [] } as Collections
  for (const kind of RECORD_KINDS) {
    for (const file of await kindFiles(folder, kind)) {
      const parsed = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as { records: never[] }
      ;(records[kind] as unknown[]).push(...parsed.records)
    }
    ;(records[kind] as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
  return records
}

/** The bundled sample (in shards, like every dataset), read as records. */
export async function readSample(): Promise<{ manifest: Manifest; records: Collections }> {
  const manifest = JSON.parse(await readFile(path.join(SAMPLE_DIR, MANIFEST_FILE), 'utf8')) as Manifest
  return { manifest, records: await readShardedDataset(SAMPLE_DIR) }
}
