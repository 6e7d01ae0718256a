/**
 * `npm run bench`: generates datasets by scaling the UNESCO list, measures the main process
 * against its baselines at the UNESCO scale, at 100,000 sites / 20,000 sources / 500,000
 * statements and at England's 400,000 sites / 80,000 sources / 2,000,000 statements, and writes
 * a table to the terminal and bench/results/latest.json.
 * `--scale tiny --reps 1` runs it small (npm test does, to keep it working).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import prettier from 'prettier'
import { bareAjv, naiveLowdb, parseFloor, sqliteUpdate } from './baselines'
import { generateDataset, SCALES } from './generate'
import { report } from './report'
import { measureRenderer } from './renderer'
import { measureTeam } from './team'
import { round } from './stats'
import { allTargets, type ScaleResult } from './targets'

const ROOT = path.resolve(import.meta.dirname, '..')
export const LATEST_FILE = path.join(ROOT, 'bench/results/latest.json')

/**
 * latest.json's text as the repository's Prettier settings write it (short arrays on one line),
 * so that `prettier --check` passes on the file the bench wrote, with no formatting commit after.
 */
export async function latestJsonText(document: object): Promise<string> {
  const options = (await prettier.resolveConfig(LATEST_FILE)) ?? {}
  return prettier.format(JSON.stringify(document), { ...options, filepath: LATEST_FILE })
}

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback
}

/**
 * The main process's figures: the repeated opens in one process, the rest in another. Where the
 * design stops (the process runs out of its 4 GB heap, say), the figures say so (`failed`)
 * instead of the run ending without the other scales.
 */
async function measureMainProcess(folder: string, reps: number): Promise<Record<string, unknown>> {
  try {
    const opens = await mainProcessPart(folder, reps, 'open')
    return { ...opens, ...(await mainProcessPart(folder, reps, 'work')) }
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) }
  }
}

function mainProcessPart(
  folder: string,
  reps: number,
  part: 'open' | 'work',
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      // Electron's main process cannot grow its heap past 4 GB (V8 pointer compression): the
      // bench holds the main process to the same.
      ['--max-old-space-size=4096', '--import', 'tsx', 'bench/main-process.ts', folder, String(reps), part],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>)
        : reject(new Error(`the main process (${part}) ended with ${signal ?? `exit code ${code}`}`)),
    )
  })
}

export async function runBench(scaleNames: string[], reps: number, log = console.log) {
  const results: Record<string, unknown>[] = []
  for (const name of scaleNames) {
    const scale = SCALES[name]
    if (!scale) throw new Error(`No scale “${name}”: choose ${Object.keys(SCALES).join(', ')}`)
    const work = await mkdtemp(path.join(os.tmpdir(), 'hc-bench-'))
    try {
      const folder = path.join(work, 'dataset')
      log(
        `${scale.name}: generating ${scale.sites} sites, ${scale.sources} sources, ${scale.statements} statements…`,
      )
      const bytes = await generateDataset(folder, scale)
      log(`${scale.name}: measuring the main process (${(bytes / 1e6).toFixed(0)} MB)…`)
      const scaleReps = Math.min(reps, scale.maxReps ?? reps)
      const main = await measureMainProcess(folder, scaleReps)
      log(`${scale.name}: measuring the baselines…`)
      const floor = await parseFloor(folder, scaleReps)
      // Naive lowdb rewrites the whole file per commit: a few commits tell its p95 at scale.
      const lowdb = await naiveLowdb(folder, scale.sites >= 100_000 ? 5 : 20)
      const sqlite = await sqliteUpdate(folder, 100)
      const ajv = await bareAjv(folder)
      const team =
        scale.team === false
          ? undefined
          : await measureTeam(scale, await mkdtemp(path.join(work, 'team-')), log)
      results.push({
        scale,
        bytes,
        main,
        baselines: { parse: floor, lowdb, sqlite, ajv },
        ...(team ? { team } : {}),
      })
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }
  return results
}

if (process.argv[1] === import.meta.filename) {
  const scales = arg('scale', 'unesco,full,england').split(',')
  const reps = Number(arg('reps', '5'))
  const started = performance.now()
  // The machine may be shared: its load before and after the run goes with the figures.
  const loadAtStart = os.loadavg()
  const results = await runBench(scales, reps)
  // The renderer in Chromium over the scale its targets are set for (100,000 sites) when that
  // was asked for, else over the largest asked for; needs the built renderer.
  const rendererSites = scales.includes('full')
    ? (SCALES.full?.sites ?? 0)
    : Math.max(...scales.map((name) => SCALES[name]?.sites ?? 0))
  const built = existsSync(path.join(ROOT, 'out/renderer/index.html'))
  if (!built) console.log('renderer: skipped, out/renderer is not built (npx electron-vite build)')
  // A renderer that cannot be measured is reported beside the main process's figures, not
  // instead of them.
  let rendererFailed: string | undefined
  const renderer =
    built && !process.argv.includes('--no-renderer')
      ? await measureRenderer(rendererSites).catch((error: unknown) => {
          rendererFailed = error instanceof Error ? error.message.slice(0, 2000) : String(error)
          console.error(`renderer: not measured: ${rendererFailed}`)
          return undefined
        })
      : undefined
  const machine = {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memoryGB: round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: os.loadavg().map((l) => round(l, 2)),
    loadAtStart: loadAtStart.map((l) => round(l, 2)),
  }
  const document = {
    at: new Date().toISOString(),
    machine,
    seconds: round((performance.now() - started) / 1000),
    results,
    ...(renderer ? { renderer } : {}),
    ...(rendererFailed ? { rendererFailed } : {}),
    // Each target's value, limit and verdict (bench/targets.ts); the README's table is made from these.
    targets: allTargets({ results: results as unknown as ScaleResult[], ...(renderer ? { renderer } : {}) }),
  }
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true })
  if (!process.argv.includes('--no-save')) await writeFile(LATEST_FILE, await latestJsonText(document))
  console.log(report(document))
}
