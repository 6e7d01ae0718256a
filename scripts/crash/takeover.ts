/**
 * The take-over mode of `npm run test:crash`: pairs of processes open the same dataset at the
 * same moment over a dead owner's lock. Exactly one may get it; it commits an acknowledged edit
 * and is then killed with SIGKILL while holding the lock, so that the next pair finds a dead
 * owner's lock again. After each pair the dataset is opened (read-only) and must hold the
 * acknowledged edit. Several lanes (datasets) run at once. Answers the pairs run, the pairs with
 * two owners, the acknowledged edits lost, and the pairs in which nobody got the lock.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { createSchemaValidators, type SchemaValidators } from '../../src/main/validation/ajv'
import { root } from './bundle'

interface Side {
  child: ChildProcessWithoutNullStreams
  /** The lines the child printed, as they come. */
  next: () => Promise<string>
  exited: Promise<void>
}

const TIMEOUT_MS = 60_000

function side(script: string, folder: string): Side {
  const child = spawn(process.execPath, [script, folder], { cwd: root, stdio: 'pipe' })
  child.stderr.resume()
  const lines: string[] = []
  const waiting: ((line: string) => void)[] = []
  const give = (line: string) => {
    const wake = waiting.shift()
    if (wake) wake(line)
    else lines.push(line)
  }
  createInterface({ input: child.stdout }).on('line', give)
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  void exited.then(() => give('EXITED'))
  const next = () =>
    new Promise<string>((resolve) => {
      if (lines.length > 0) return resolve(lines.shift() as string)
      const timer = setTimeout(() => resolve('TIMEOUT'), TIMEOUT_MS)
      waiting.push((line) => {
        clearTimeout(timer)
        resolve(line)
      })
    })
  return { child, next, exited }
}

export interface TakeoverResult {
  pairs: number
  doubleOwners: number
  lostEdits: number
  noOwner: number
}

/**
 * One pair over one lane's dataset: `spare` (the last pair's side that did not get the lock) and
 * `fresh`, a process started ahead while the last pair ran (a start costs far more than a pair).
 * Holders are killed; answers what happened and the side left to serve again.
 */
async function runPair(
  script: string,
  folder: string,
  [spare, fresh]: [Side | undefined, Side],
  tag: string,
  log: (line: string) => void,
) {
  const sides = [spare ?? side(script, folder), fresh]
  const names = sides.map((_, i) => `Takeover ${tag}${'ab'[i]}`)
  let next: Side | undefined
  try {
    const ready = await Promise.all(sides.map((s) => (s === spare ? 'READY' : s.next())))
    if (ready.some((line) => line !== 'READY')) throw new Error(`a side did not start: ${ready.join(', ')}`)
    const at = Date.now() + 50
    sides.forEach((s, i) => s.child.stdin.write(`GO ${at} ${names[i]}\n`))
    const outcomes = await Promise.all(sides.map((s) => s.next()))
    const acked: string[] = []
    for (const [i, outcome] of outcomes.entries()) {
      const s = sides[i] as Side
      if (outcome === 'READONLY') {
        if ((await s.next()) === 'READY') next ??= s
        continue
      }
      if (outcome !== 'HELD') throw new Error(`pair ${tag}: side ${i} answered ${outcome}`)
      const ack = await s.next()
      if (ack === 'ACK') acked.push(names[i] as string)
      else log(`pair ${tag}: a holder's edit was not acknowledged: ${ack}`)
    }
    return { held: outcomes.filter((o) => o === 'HELD').length, acked, next }
  } finally {
    const dying = sides.filter((s) => s !== next)
    for (const s of dying) s.child.kill('SIGKILL')
    await Promise.all(dying.map((s) => s.exited))
  }
}

/** Whether the dataset holds the acknowledged edits of a pair (two can never both be there). */
async function lostOf(
  folder: string,
  validators: SchemaValidators,
  acked: string[],
  tag: string,
  log: (line: string) => void,
) {
  if (acked.length === 0) return 0
  try {
    const store = await DatasetStore.open(folder, validators, { readOnly: true })
    const name = store.get('site', 'whc-440')?.name.en
    await store.close()
    const lost = acked.filter((edit) => edit !== name).length
    if (lost > 0) log(`pair ${tag}: ${lost} acknowledged edit(s) lost (the dataset says “${name}”)`)
    return lost
  } catch (error) {
    log(`pair ${tag}: the dataset no longer opens: ${(error as Error).message}`)
    return acked.length
  }
}

/** A lock as a process that died left it: same host, a pid no process has. */
async function deadOwnersLock(folder: string) {
  await mkdir(path.join(folder, '.curator'), { recursive: true })
  const owner = { pid: 2 ** 22 + 777, host: os.hostname(), startedAt: new Date(0).toISOString() }
  await writeFile(path.join(folder, '.curator', 'lock'), `${JSON.stringify(owner)}\n`)
}

export async function takeoverTest(
  script: string,
  work: string,
  pairs: number,
  lanes: number,
  log = console.log,
): Promise<TakeoverResult> {
  const result: TakeoverResult = { pairs: 0, doubleOwners: 0, lostEdits: 0, noOwner: 0 }
  const validators = createSchemaValidators()
  const runLane = async (lane: number) => {
    const folder = path.join(work, `takeover-${lane}`)
    await cp(path.join(root, 'data'), folder, { recursive: true })
    await deadOwnersLock(folder)
    let spare: Side | undefined
    let fresh = side(script, folder)
    try {
      for (let pair = lane; pair < pairs; pair += lanes) {
        const tag = `${lane}.${pair}`
        const current = fresh
        fresh = side(script, folder)
        const outcome = await runPair(script, folder, [spare, current], tag, log)
        spare = outcome.next
        result.pairs += 1
        if (result.pairs % 25 === 0) log(`${result.pairs} pairs`)
        if (outcome.held > 1) {
          result.doubleOwners += 1
          log(`pair ${tag}: both processes held the lock`)
        }
        if (outcome.held === 0) {
          result.noOwner += 1
          log(`pair ${tag}: neither process got the dead owner's lock`)
        }
        result.lostEdits += await lostOf(folder, validators, outcome.acked, tag, log)
      }
    } finally {
      for (const left of [spare, fresh]) left?.child.kill('SIGKILL')
      await Promise.all([spare?.exited, fresh.exited])
    }
  }
  await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane)))
  return result
}
