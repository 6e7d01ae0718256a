/**
 * `npm run test:crash`, two modes:
 * - `--kills N`: runs the store in a child process that edits at random, kills it with SIGKILL at
 *   random moments, reopens, and checks after each kill that every file parses, the dataset
 *   validates, every acknowledged edit is there, and no temp file is left. Prints
 *   `crash: <N> kills, <L> lost edits, <C> corrupt files`.
 * - `--takeovers N` (scripts/crash/takeover.ts): N pairs of processes open a dataset at the same
 *   moment over a dead owner's lock; exactly one may hold it and its acknowledged edit must
 *   survive. Prints `takeover: <N> pairs, <D> double owners, <L> lost edits`.
 * Exits non-zero when anything was lost, corrupt, owned twice or not owned at all.
 */
import { spawn } from 'node:child_process'
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { toCanonicalJson } from '../src/main/dataset/canonical-json'
import { DatasetStore } from '../src/main/dataset/dataset-store'
import { isTempFile } from '../src/main/dataset/fs/durable-write'
import type { RecordKind } from '@shared/result'
import { createSchemaValidators } from '../src/main/validation/ajv'
import { bundleChild, root } from './crash/bundle'
import { takeoverTest } from './crash/takeover'

interface Effect {
  kind: RecordKind
  id: string
  after: unknown
}

const validators = createSchemaValidators()

/** One life of the child: answers the acknowledged and in-flight effects when it was killed. */
function runChild(childScript: string, folder: string, seed: number, killAfterMs: number) {
  return new Promise<{ acked: Effect[][]; inFlight: Effect[] | undefined; error?: string }>((resolve) => {
    const child = spawn(process.execPath, [childScript, folder, String(seed)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const acked: Effect[][] = []
    let inFlight: Effect[] | undefined
    let error: string | undefined
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'READY') setTimeout(() => child.kill('SIGKILL'), killAfterMs)
        else if (line.startsWith('BEGIN ')) inFlight = JSON.parse(line.slice(6)) as Effect[]
        else if (line === 'ACK' && inFlight) {
          acked.push(inFlight)
          inFlight = undefined
        } else if (line.startsWith('ERROR ')) error = line.slice(6)
      }
    })
    child.on('exit', () => resolve({ acked, inFlight, error }))
  })
}

async function tempFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true })
  return entries.filter((name) => isTempFile(path.basename(name)))
}

export async function crashTest(kills: number, log = console.log) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'hc-crash-'))
  const folder = path.join(work, 'dataset')
  await cp(path.join(root, 'data'), folder, { recursive: true })
  const childScript = await bundleChild('scripts/crash/child.ts', work)
  const expected = new Map<string, string>()
  let lost = 0
  let corrupt = 0
  try {
    for (let kill = 1; kill <= kills; kill += 1) {
      const { acked, inFlight, error } = await runChild(
        childScript,
        folder,
        kill,
        20 + Math.floor(Math.random() * 250),
      )
      if (error) throw new Error(`the child failed instead of being killed: ${error}`)
      for (const effects of acked)
        for (const e of effects) expected.set(`${e.kind}/${e.id}`, toCanonicalJson(e.after))
      let store: DatasetStore
      try {
        store = await DatasetStore.open(folder, validators)
      } catch (openError) {
        corrupt += 1
        log(`kill ${kill}: the dataset did not reopen: ${(openError as Error).message}`)
        break
      }
      const allowed = new Map((inFlight ?? []).map((e) => [`${e.kind}/${e.id}`, toCanonicalJson(e.after)]))
      for (const [key, value] of expected) {
        const [kind, id] = key.split('/') as [RecordKind, string]
        const actual = toCanonicalJson(store.get(kind, id) ?? null)
        if (actual === value) continue
        if (allowed.get(key) === actual) {
          expected.set(key, actual) // the in-flight edit made it to disk before the kill: now it counts
          continue
        }
        lost += 1
        log(`kill ${kill}: ${key} lost an acknowledged edit`)
      }
      const temps = await tempFilesIn(folder)
      if (temps.length > 0) {
        corrupt += temps.length
        log(`kill ${kill}: temp files left after reopen: ${temps.join(', ')}`)
      }
      await store.close()
      if (kill % 25 === 0) log(`${kill} kills, ${expected.size} records edited so far`)
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  return { kills, lost, corrupt }
}

/** The take-over mode, in a work folder of its own. */
export async function crashTakeovers(pairs: number, lanes: number, log = console.log) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'hc-takeover-'))
  try {
    return await takeoverTest(
      await bundleChild('scripts/crash/takeover-child.ts', work),
      work,
      pairs,
      lanes,
      log,
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

const flag = (name: string) => {
  const index = process.argv.indexOf(name)
  return index > 0 ? Number(process.argv[index + 1]) : undefined
}

if (process.argv[1] === import.meta.filename) {
  let failed = false
  const kills = flag('--kills')
  const takeovers = flag('--takeovers')
  if (kills !== undefined || takeovers === undefined) {
    const started = Date.now()
    const result = await crashTest(kills ?? 200)
    console.log(`crash: ${result.kills} kills, ${result.lost} lost edits, ${result.corrupt} corrupt files`)
    console.log(`  (${Math.round((Date.now() - started) / 1000)} s)`)
    failed ||= result.lost + result.corrupt > 0
  }
  if (takeovers !== undefined) {
    const started = Date.now()
    const result = await crashTakeovers(takeovers, flag('--lanes') ?? 4)
    console.log(
      `takeover: ${result.pairs} pairs, ${result.doubleOwners} double owners, ${result.lostEdits} lost edits`,
    )
    console.log(
      `  (${Math.round((Date.now() - started) / 1000)} s; ${result.noOwner} pairs in which nobody got the lock)`,
    )
    failed ||= result.doubleOwners + result.lostEdits + result.noOwner > 0 || result.pairs < takeovers
  }
  process.exit(failed ? 1 : 0)
}
