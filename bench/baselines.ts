/**
 * What the figures are compared with, measured in the same run on the same bytes: JSON.parse
 * (the floor for open), lowdb used naively (the whole collection rewritten per edit), SQLite
 * through better-sqlite3 (WAL, synchronous=FULL) for a one-row durable update, and a bare ajv
 * loop over the same records.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { nodeDisk } from '../src/main/dataset/fs/disk'
import { datasetFiles, listShardFiles } from '../src/main/dataset/shard-files'
import { createSchemaValidators } from '../src/main/validation/ajv'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import { median, percentile, repeat, time } from './stats'

/** A kind's records, from all of its shards. */
async function recordsOf<R>(folder: string, kind: RecordKind): Promise<R[]> {
  const records: R[] = []
  for (const file of await listShardFiles(nodeDisk, folder, kind)) {
    const shard = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as { records: R[] }
    for (const record of shard.records) records.push(record)
  }
  return records
}

/**
 * The floor for open: reading every file of the dataset (the manifest and each shard) and
 * JSON.parse of each, every parsed value kept until the last file is parsed, as an open keeps
 * its records. (With one file per kind, parsing the largest file held its whole tree anyway; a
 * thousand shards parsed and dropped one by one would cost the collector almost nothing, a floor
 * no open that keeps its records can reach.)
 */
export async function parseFloor(folder: string, reps: number) {
  const files = await datasetFiles(nodeDisk, folder, true)
  const texts = await Promise.all(files.map((f) => readFile(path.join(folder, f), 'utf8')))
  const runs = await repeat(reps, async () => {
    const fresh = await Promise.all(files.map((f) => readFile(path.join(folder, f), 'utf8')))
    const parsed: unknown[] = []
    for (const text of fresh) parsed.push(JSON.parse(text))
    return parsed.length
  })
  return { median: median(runs), bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) }
}

export async function naiveLowdb(folder: string, edits: number) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'hc-lowdb-'))
  const db = new Low(
    new JSONFile<{ records: { id: string; inDanger?: boolean }[] }>(path.join(work, 'sites.json')),
    { records: [] },
  )
  // Naive: every site in one file, all of it written again for each edit.
  db.data = { records: await recordsOf(folder, 'site') }
  const runs = await repeat(edits, async (i) => {
    const site = db.data.records[i] as { inDanger?: boolean }
    site.inDanger = !site.inDanger
    await db.write()
  })
  await rm(work, { recursive: true, force: true })
  return { p50: percentile(runs, 50), p95: percentile(runs, 95) }
}

export async function sqliteUpdate(folder: string, edits: number) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'hc-sqlite-'))
  const db = new Database(path.join(work, 'bench.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE sites (id TEXT PRIMARY KEY, json TEXT NOT NULL)')
  const sites = await recordsOf<{ id: string }>(folder, 'site')
  const insert = db.prepare('INSERT INTO sites (id, json) VALUES (?, ?)')
  db.transaction(() => sites.forEach((s) => insert.run(s.id, JSON.stringify(s))))()
  const update = db.prepare('UPDATE sites SET json = ? WHERE id = ?')
  const runs = await repeat(edits, (i) => {
    const site = sites[i % sites.length] as { id: string }
    update.run(JSON.stringify({ ...site, edit: i }), site.id)
  })
  db.close()
  await rm(work, { recursive: true, force: true })
  return { p50: percentile(runs, 50), p95: percentile(runs, 95) }
}

export async function bareAjv(folder: string) {
  const validators = createSchemaValidators()
  const records = await Promise.all(
    RECORD_KINDS.map(async (kind) => [kind, await recordsOf<unknown>(folder, kind)] as const),
  )
  const [ms] = await time(() => {
    for (const [kind, list] of records) for (const record of list) validators.validate(kind, record)
  })
  return { ms }
}
