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
import { RECORD_FILES, MANIFEST_FILE } from '../src/main/dataset/layout'
import { createSchemaValidators } from '../src/main/validation/ajv'
import type { RecordKind } from '../src/shared/result'
import { median, percentile, repeat, time } from './stats'

const FILES = [MANIFEST_FILE, ...Object.values(RECORD_FILES)]

export async function parseFloor(folder: string, reps: number) {
  const texts = await Promise.all(FILES.map((f) => readFile(path.join(folder, f), 'utf8')))
  const runs = await repeat(reps, async () => {
    const fresh = await Promise.all(FILES.map((f) => readFile(path.join(folder, f), 'utf8')))
    for (const text of fresh) JSON.parse(text)
  })
  return { median: median(runs), bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) }
}

export async function naiveLowdb(folder: string, edits: number) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'hc-lowdb-'))
  const db = new Low(
    new JSONFile<{ records: { id: string; inDanger?: boolean }[] }>(path.join(work, 'sites.json')),
    { records: [] },
  )
  db.data = JSON.parse(await readFile(path.join(folder, RECORD_FILES.site), 'utf8'))
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
  const sites = (
    JSON.parse(await readFile(path.join(folder, RECORD_FILES.site), 'utf8')) as { records: { id: string }[] }
  ).records
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
  const kinds = Object.entries(RECORD_FILES) as [RecordKind, string][]
  const records = await Promise.all(
    kinds.map(
      async ([kind, file]) =>
        [
          kind,
          (JSON.parse(await readFile(path.join(folder, file), 'utf8')) as { records: unknown[] }).records,
        ] as const,
    ),
  )
  const [ms] = await time(() => {
    for (const [kind, list] of records) for (const record of list) validators.validate(kind, record)
  })
  return { ms }
}
