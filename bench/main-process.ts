/**
 * The main process's figures, measured in a process of their own so that its peak memory is its
 * own: open (and how soon the problems are there when the files are unchanged, or one shard
 * changed), query, commit,
 * validate (every rule, over the records main holds, with a ping to main meanwhile),
 * export (through the gate over the Problems index, as the app exports).
 * Usage: main-process.ts <folder> <reps> open|work. Prints one JSON line.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Site } from '@shared/domain'
import { DatasetStore } from '../src/main/dataset/dataset-store'
import { exportDataset } from '../src/main/exchange/export-dataset'
import { SiteIndex } from '../src/main/query/site-index'
import { ProblemsIndex } from '../src/main/services/problems'
import { createSchemaValidators } from '../src/main/validation/ajv'
import { namerFor } from '../src/main/dataset/record-checks'
import { checkHeldRecords } from '../src/main/validation/check-records'
import { openUntilChecked, problemsReadyAfterOneShard } from './one-shard'
import { median, percentile, repeat, time } from './stats'

const [folder, repsText, part] = process.argv.slice(2) as [string, string, 'open' | 'work']
const reps = Number(repsText)
/** Resident memory after each stage (MB), to show where the peak comes from. */
const rssAfter: Record<string, number> = {}
/** The JavaScript heap in use after each stage (MB, garbage not yet collected included). */
const heapAfter: Record<string, number> = {}
const stage = (name: string) => {
  const { rss, heapUsed } = process.memoryUsage()
  rssAfter[name] = rss / 2 ** 20
  heapAfter[name] = heapUsed / 2 ** 20
}
const validators = createSchemaValidators()
const options = { deepCheckInWorkerAbove: 64 * 1024 * 1024, compactAfterMs: 1e9, compactEvery: 1e9 }

async function openReady(): Promise<DatasetStore> {
  const store = await DatasetStore.open(folder, validators, options)
  SiteIndex.of(store).query({ limit: 50 }) // ready for the first query: the index is built
  return store
}

// The repeated opens run in a process of their own ('open'): the garbage of five closed datasets
// is no part of the peak memory of a session that opens one and works in it ('work').
if (part === 'open') {
  const open: number[] = []
  // From the start of an open until every record's problems are known. The first open checks and
  // caches them (.curator/problems-cache.json); the later ones find the files unchanged.
  const problemsReady: number[] = []
  for (let rep = 0; rep < Math.max(2, reps); rep += 1) {
    // No store of an earlier open is reachable while the next one opens (see openUntilChecked).
    const { openMs, ms } = await openUntilChecked(openReady)
    open.push(openMs)
    if (rep > 0) problemsReady.push(ms)
  }
  const ready = problemsReady.length > 0 ? median(problemsReady) : Number.NaN
  const oneShard = await problemsReadyAfterOneShard(folder, openReady)
  console.log(
    JSON.stringify({
      open: { median: median(open), runs: open },
      problemsReadyMs: ready,
      problemsReadyAfterOneShardMs: oneShard.ms,
      recheckedAfterOneShard: oneShard.checkedRecords,
    }),
  )
  process.exit(0)
}

const store = await openReady()
stage('open')
await store.checked()
stage('deepCheck')
const searches = [
  'temple',
  'national park',
  'old town',
  '城',
  'cathedral',
  'caves',
  'fort',
  'lake',
  'church',
  'palace',
]
// The first search builds the search index (seconds at England's scale): measured apart, with a
// word none of the timed queries uses, so that the p95 below is that of a curator's searches once
// the index is there, each search word new to it the first time it comes.
const [firstSearchMs] = await time(async () => SiteIndex.of(store).query({ search: 'monastery', limit: 50 }))
const query = await repeat(Math.max(20, reps * 4), (i) =>
  SiteIndex.of(store).query({
    search: searches[i % searches.length],
    facets: { category: [i % 2 ? 'cultural' : 'natural'], decade: ['1980', '1990', '2000'] },
    limit: 50,
  }),
)

const ids = [...store.all('site')].slice(0, 200).map((s) => s.id)
const commit = await repeat(100, (i) => {
  const site = store.get('site', ids[i % ids.length] as string) as Site
  return store.commit('bench', [
    { kind: 'site', id: site.id, before: site, after: { ...site, inDanger: !site.inDanger } },
  ])
})

// Validation of everything (every record against its schema, the cross-record rules and every
// rule beyond the schema, as the Problems panel lists them), as an open of changed files runs
// it: over the records main holds, in slices, while main answers a ping every 10 ms. The check
// says how its time divides between ajv and the rules; the rest is walking the records.
const pings: number[] = []
let last = performance.now()
const ping = setInterval(() => {
  const now = performance.now()
  pings.push(Math.max(0, now - last - 10))
  last = now
}, 10)
const [validateMs, check] = await time(() => checkHeldRecords(store, validators, namerFor(true)))
clearInterval(ping)
const problemCount = check.problems?.reduce((n, p) => n + p.issues.length, 0) ?? 0
const validate = {
  ms: validateMs,
  issues: check.failure.length,
  problems: problemCount,
  worstPingMs: Math.max(0, ...pings),
  pingP95Ms: percentile(pings, 95),
  ...(check.problems ? check.timings : {}),
}
stage('validate')

// The Problems index as the app has it by the time of an export: seeded from the store's own
// deep check in the worker (measured apart: main's share of having every record's issues).
const problems = new ProblemsIndex(validators)
const [seedMs] = await time(async () => problems.all(store))

async function exportMBps(format: 'csv' | 'json'): Promise<{ ms: number; mb: number }> {
  const out = await mkdtemp(path.join(os.tmpdir(), `hc-bench-${format}-`))
  // As the export handler does: the records and the issues the Problems index keeps for them.
  const input = {
    manifest: store.manifest,
    records: store.snapshot(),
    issues: problems.issuesOf(store),
    validators,
  }
  const [ms] = await time(() => exportDataset(input, { format, folder: out }))
  let bytes = 0
  for (const name of await readdir(out)) bytes += (await stat(path.join(out, name))).size
  await rm(out, { recursive: true, force: true })
  return { ms, mb: bytes / 1e6 }
}
const csv = await exportMBps('csv')
stage('exportCsv')
const json = await exportMBps('json')
stage('exportJson')
await store.close()

console.log(
  JSON.stringify({
    query: { p50: percentile(query, 50), p95: percentile(query, 95), firstSearchMs },
    commit: { p50: percentile(commit, 50), p95: percentile(commit, 95) },
    // problemsOnMainMs: main's share, the Problems index seeded from the worker's result.
    validate: { ...validate, problemsOnMainMs: seedMs },
    exportCsv: csv,
    exportJson: json,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    rssAfterMB: rssAfter,
    heapAfterMB: heapAfter,
  }),
)
