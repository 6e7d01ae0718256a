/**
 * The 1,000 × 1,000 pull-merge of the team phase alone, for profiling and for before/after
 * figures (issue 13): the bench's setup (Alice and Bob, a bare repository in a folder, 1,000
 * sites changed and committed on each side) is made once in `--work` and kept; each run pulls
 * in a fresh copy of Bob's folder and prints wall and CPU time and the load average.
 *
 *   nice -n 19 node --import tsx bench/team-pull-merge.ts --work /tmp/pull-merge --runs 3
 *   … --profile /tmp/pull.cpuprofile   (the pulls alone, for Chrome's or VS Code's profiler)
 */
import { existsSync } from 'node:fs'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import os from 'node:os'
import path from 'node:path'
import { createSchemaValidators } from '../src/main/validation/ajv'
import { cloneDataset } from '../src/main/team/clone'
import { initRepository } from '../src/main/team/init-repository'
import { TeamService } from '../src/main/team/team-service'
import { SCALES, type Scale } from './generate'
import { round } from './stats'
import { ALICE, BOB, divergedEdits, teamStart } from './team'

const validators = createSchemaValidators()

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback
}

/** Alice's 1,000 edits pushed to the origin, Bob's 1,000 committed, not pulled: as the bench has it. */
async function prepare(work: string, sites: number): Promise<void> {
  const full = SCALES.full as Scale
  const { records, origin, alice } = await teamStart({ ...full, sites, sources: sites / 5 }, work)
  await initRepository(alice, ALICE)
  const aliceService = await TeamService.open(alice, { validators, committer: ALICE })
  await aliceService.setRemote(origin)
  await aliceService.sync()
  const bob = path.join(work, 'bob')
  await cloneDataset(bob, origin, { validators, committer: BOB })
  const bobService = await TeamService.open(bob, { validators, committer: BOB })
  await divergedEdits(
    records.site,
    1000,
    { folder: alice, service: aliceService },
    { folder: bob, service: bobService },
  )
}

async function pullOnce(work: string, run: number, profiler?: Session) {
  const folder = path.join(work, `bob-run-${run}`)
  await rm(folder, { recursive: true, force: true })
  await cp(path.join(work, 'bob'), folder, { recursive: true })
  const service = await TeamService.open(folder, { validators, committer: BOB })
  const load = round(os.loadavg()[0] ?? 0, 1)
  if (profiler && run === 1) await profiler.post('Profiler.start')
  const started = performance.now()
  const cpu = process.cpuUsage()
  const pulled = await service.pull()
  const used = process.cpuUsage(cpu)
  const wallMs = round(performance.now() - started)
  if (pulled.state !== 'replayed' || pulled.records.length !== 1000)
    throw new Error(`The pull came to ${pulled.state}`)
  const head = pulled.head
  await rm(folder, { recursive: true, force: true })
  return { run, wallMs, cpuMs: round((used.user + used.system) / 1000), load, head }
}

const work = arg('work', path.join(os.tmpdir(), 'hc-pull-merge'))
const sites = Number(arg('sites', '100000'))
if (!existsSync(path.join(work, 'bob'))) {
  await mkdir(work, { recursive: true })
  console.log(`preparing ${sites} sites in ${work}…`)
  await prepare(work, sites)
}
const profile = arg('profile', '')
const session = new Session()
if (profile) {
  session.connect()
  await session.post('Profiler.enable')
}
for (let run = 1; run <= Number(arg('runs', '1')); run += 1)
  console.log(JSON.stringify(await pullOnce(work, run, profile ? session : undefined)))
if (profile) {
  const { profile: taken } = await session.post('Profiler.stop')
  await writeFile(profile, JSON.stringify(taken))
}
