/**
 * The figures of the partial re-check at a fifth of the bench's scale (20,000 sites, 100,000
 * statements): the size of the caches, how soon the problems are there after one site shard or
 * one statement shard changed, against a whole check. Not part of `npm run bench` (it regenerates
 * its dataset): `node --max-old-space-size=4096 --import tsx bench/recheck-figures.ts [folder]`.
 */
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DatasetStore } from '../src/main/dataset/dataset-store'
import { nodeDisk } from '../src/main/dataset/fs/disk'
import { serializeShard } from '../src/main/dataset/shard-files'
import { createSchemaValidators } from '../src/main/validation/ajv'
import { CHECK_READS_FILE, readPreviousCheck } from '../src/main/dataset/check-reads-cache'
import { PROBLEMS_CACHE_FILE, readProblemsFile } from '../src/main/dataset/problems-cache'
import { generateDataset, SCALES } from './generate'

const folder = process.argv[2] ?? path.join(os.tmpdir(), 'heritage-recheck-fifth')
const meta = path.join(folder, '.curator')
const validators = createSchemaValidators()
const options = { deepCheckInWorkerAbove: 0, compactAfterMs: 1e9, compactEvery: 1e9 }

async function openChecked(label: string) {
  const started = performance.now()
  const store = await DatasetStore.open(folder, validators, options)
  const openMs = performance.now() - started
  await store.checked()
  const readyMs = performance.now() - started
  const { checkedRecords, problems } = store.checkedProblems ?? {}
  console.log(label, {
    openMs,
    readyMs,
    afterOpenMs: readyMs - openMs,
    checkedRecords,
    problems: problems?.length,
  })
  await store.close()
}

/** Rewrites the `index`th shard of a kind with its first record edited, as a pull would. */
async function editShard(kind: 'sites' | 'statements', index: number) {
  const file = path.join(folder, kind, (await readdir(path.join(folder, kind))).sort()[index] as string)
  const records = (JSON.parse(await readFile(file, 'utf8')) as { records: { reviewNote?: string }[] }).records
  ;(records[0] as { reviewNote?: string }).reviewNote = `edited by hand ${Date.now()}`
  await writeFile(file, serializeShard(records as never))
  return records.length
}

await rm(folder, { recursive: true, force: true })
await generateDataset(folder, SCALES.fifth as (typeof SCALES)['fifth'])
await openChecked('first open, whole check')
for (const file of [PROBLEMS_CACHE_FILE, CHECK_READS_FILE])
  console.log(file, `${((await stat(path.join(meta, file))).size / 2 ** 20).toFixed(1)} MB`)
const read = performance.now()
const cached = await readProblemsFile(nodeDisk, meta)
const previous = cached && (await readPreviousCheck(nodeDisk, meta, cached))
console.log('reading both caches', { ms: performance.now() - read, slots: previous?.reads.slots.length })
await openChecked('reopen unchanged')
await openChecked(`one site shard changed (${await editShard('sites', 0)} records in it)`)
await openChecked(`one statement shard changed (${await editShard('statements', 0)} records in it)`)
await rm(path.join(meta, CHECK_READS_FILE))
await openChecked(`one site shard changed (${await editShard('sites', 1)}), no reads: whole check`)
