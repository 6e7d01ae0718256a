/**
 * A focused run of the figures the partial re-check's reads weigh on, at one scale, without the
 * whole bench: the first open and its deep check (problems ready, heap and RSS once checked),
 * a reopen of the unchanged files, a reopen after one site shard changed, and "validate
 * everything" over the records main holds. The dataset is generated into `folder` unless it is
 * there already. Run it as the bench runs the main process, held to Electron's 4 GB heap:
 * `node --max-old-space-size=4096 --import tsx bench/validate-figures.ts <scale> <folder>`.
 */
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DatasetStore } from '../src/main/dataset/dataset-store'
import { namerFor } from '../src/main/dataset/record-checks'
import { createSchemaValidators } from '../src/main/validation/ajv'
import { checkHeldRecords } from '../src/main/validation/check-records'
import { generateDataset, SCALES } from './generate'
import { problemsReadyAfterOneShard } from './one-shard'

const [scaleName = 'full', folder = path.join(os.tmpdir(), `hc-validate-${scaleName}`)] =
  process.argv.slice(2)
const scale = SCALES[scaleName]
if (!scale) throw new Error(`No scale “${scaleName}”: choose ${Object.keys(SCALES).join(', ')}`)
const validators = createSchemaValidators()
const options = { deepCheckInWorkerAbove: 64 * 1024 * 1024, compactAfterMs: 1e9, compactEvery: 1e9 }
const MB = 2 ** 20
const memory = () => {
  const { heapUsed, rss } = process.memoryUsage()
  return { heapMB: Math.round(heapUsed / MB), rssMB: Math.round(rss / MB) }
}
const load = () => os.loadavg().map((l) => Number(l.toFixed(2)))
/** CPU time of this process since `from` (ms): what the machine's load does not stretch. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(from)
  return Math.round((user + system) / 1000)
}

if (!existsSync(path.join(folder, 'dataset.json'))) await generateDataset(folder, scale)
// Always from no cache: the first open runs the whole check and writes the caches.
await rm(path.join(folder, '.curator'), { recursive: true, force: true })

async function openChecked() {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const store = await DatasetStore.open(folder, validators, options)
  const openMs = performance.now() - started
  await store.checked()
  return { store, openMs, readyMs: performance.now() - started, cpuMs: cpuMs(cpu) }
}

const first = await openChecked()
console.log('first open, whole check', {
  openMs: Math.round(first.openMs),
  readyMs: Math.round(first.readyMs),
  cpuMs: first.cpuMs,
  checked: first.store.checkedProblems?.checkedRecords,
  ...memory(),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  load: load(),
})
const started = performance.now()
const validateCpu = process.cpuUsage()
const check = await checkHeldRecords(first.store, validators, namerFor(true))
console.log('validate everything', {
  ms: Math.round(performance.now() - started),
  cpuMs: cpuMs(validateCpu),
  problems: check.problems.length,
  ...memory(),
  load: load(),
})
await first.store.close()
const again = await openChecked()
console.log('reopen unchanged', {
  readyMs: Math.round(again.readyMs),
  cpuMs: again.cpuMs,
  checked: again.store.checkedProblems?.checkedRecords,
  load: load(),
})
await again.store.close()
const oneShardCpu = process.cpuUsage()
const oneShard = await problemsReadyAfterOneShard(folder, async () => (await openChecked()).store)
console.log('one site shard changed', {
  readyMs: Math.round(oneShard.ms),
  checked: oneShard.checkedRecords,
  // With the reopen that puts the shard back: two partial checks.
  cpuMsOfBoth: cpuMs(oneShardCpu),
  ...memory(),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  load: load(),
})
