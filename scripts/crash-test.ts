/**
 * `npm run test:crash`: runs the store in a child process that edits at random, kills it with
 * SIGKILL at random moments, reopens, and checks after each kill that every file parses, the
 * dataset validates, every acknowledged edit is there, and no temp file is left. Ends with
 * `crash: <N> kills, <L> lost edits, <C> corrupt files`.
 */
import { spawn } from 'node:child_process'
import { build } from 'esbuild'
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { toCanonicalJson } from '../src/main/dataset/canonical-json'
import { DatasetStore } from '../src/main/dataset/dataset-store'
import { isTempFile } from '../src/main/dataset/fs/durable-write'
import type { RecordKind } from '../src/shared/result'
import { createSchemaValidators } from '../src/main/validation/ajv'

interface Effect {
  kind: RecordKind
  id: string
  after: unknown
}

const root = path.resolve(import.meta.dirname, '..')
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

/** Bundles the child once, so that each of hundreds of lives starts in a fraction of a second. */
async function bundleChild(work: string): Promise<string> {
  const outfile = path.join(work, 'child.mjs')
  await build({
    entryPoints: [path.join(root, 'scripts/crash/child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  })
  return outfile
}

export async function crashTest(kills: number, log = console.log) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'hc-crash-'))
  const folder = path.join(work, 'dataset')
  await cp(path.join(root, 'data'), folder, { recursive: true })
  const childScript = await bundleChild(work)
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

if (process.argv[1] === import.meta.filename) {
  const index = process.argv.indexOf('--kills')
  const kills = index > 0 ? Number(process.argv[index + 1]) : 200
  const result = await crashTest(kills)
  console.log(`crash: ${result.kills} kills, ${result.lost} lost edits, ${result.corrupt} corrupt files`)
  process.exit(result.lost + result.corrupt > 0 ? 1 : 0)
}
