/**
 * `npm run bench:readme [-- --before <file>]`: rewrites the README's performance tables, between
 * the `bench-tables` markers, from bench/results/latest.json: each figure, its target and the
 * verdict. With `--before`, a results file of an earlier run gives a "before" column.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as prettier from 'prettier'
import type { RendererFigures } from './renderer'
import { round } from './stats'
import {
  allTargets,
  mainFailed,
  type MainFigures,
  megabytesPerSecond,
  type ScaleResult,
  type Target,
  teamScale,
  type TeamFigures,
} from './targets'

export const START_MARKER =
  '<!-- bench-tables:start: made by `npm run bench:readme` from bench/results/latest.json -->'
export const END_MARKER = '<!-- bench-tables:end -->'

/** The scale whose figures the README quotes: the one the targets are set for. */
const QUOTED_SCALE = 'national register'

export interface BenchDocument {
  at: string
  machine: {
    cpus?: number
    model?: string
    memoryGB?: number
    node?: string
    /** Load averages (1, 5, 15 minutes) at the end of the run, and at its start. */
    load?: number[]
    loadAtStart?: number[]
  }
  seconds: number
  results: ScaleResult[]
  renderer?: RendererFigures
  targets?: Target[]
}

const thousands = (n: number) => Math.round(n).toLocaleString('en')
const ms = (n: number) => (n >= 1000 ? `${round(n / 1000, 1)} s` : `${round(n, n < 10 ? 2 : 0)} ms`)
const x = (n: number) => `${round(n, 2)}x`

/** A row of a table: the target's id (none: a figure without a target), the figure's name and text. */
type Cells = [string, string, string][]

/** Problems ready after one site shard changed: a figure without a target, in runs that took it. */
function oneShardCells(m: MainFigures): Cells {
  if (m.problemsReadyAfterOneShardMs === undefined) return []
  const checked =
    m.recheckedAfterOneShard === undefined
      ? ''
      : ` (${thousands(m.recheckedAfterOneShard)} records checked again)`
  return [
    ['', 'problems ready after one site shard changed', `${ms(m.problemsReadyAfterOneShardMs)}${checked}`],
  ]
}

/** The main process's figures at one scale. */
function mainCells(r: ScaleResult): Cells {
  const { main: m, baselines: b } = r
  if (mainFailed(m)) {
    const id = r.scale.heldTo === 'largest register' ? 'heap' : 'open'
    return [[id, 'the main process', `did not finish: ${m.failed}`]]
  }
  const heap = Math.max(...Object.values(m.heapAfterMB ?? {}))
  return [
    [
      'open',
      'open, to the first query',
      `${ms(m.open.median)}; JSON.parse ${ms(b.parse.median)}: ${x(m.open.median / b.parse.median)}`,
    ],
    ['query', 'query: search + two facets, first page', `p50 ${ms(m.query.p50)}, p95 ${ms(m.query.p95)}`],
    ...(m.query.firstSearchMs === undefined
      ? []
      : ([['', 'first search after open (builds the search index)', ms(m.query.firstSearchMs)]] as Cells)),
    [
      'commit',
      'commit, one edit durable',
      `p95 ${ms(m.commit.p95)}; SQLite ${ms(b.sqlite.p95)} (${x(m.commit.p95 / b.sqlite.p95)})`,
    ],
    [
      'lowdb',
      'commit against naive lowdb',
      `lowdb ${ms(b.lowdb.p95)}: ${thousands(b.lowdb.p95 / m.commit.p95)}x faster`,
    ],
    [
      'validate',
      'validate everything, every rule (records held by main)',
      `${ms(m.validate.ms)}; bare ajv loop ${ms(b.ajv.ms)}`,
    ],
    [
      'ping',
      'ping to main during validation',
      `${ms(m.validate.pingP95Ms ?? Number.NaN)} p95, ${ms(m.validate.worstPingMs)} worst`,
    ],
    ['problems', 'problems ready at a reopen of unchanged files', ms(m.problemsReadyMs ?? Number.NaN)],
    ...oneShardCells(m),
    [
      'csv',
      'CSV export',
      `${round(megabytesPerSecond(m.exportCsv))} MB/s (${thousands(m.exportCsv.mb)} MB in ${ms(m.exportCsv.ms)})`,
    ],
    ['memory', 'peak memory of the main process', `${thousands(m.peakRssMB)} MB`],
    ...(m.heapAfterMB
      ? ([['heap', 'JavaScript heap in use, largest after a stage', `${thousands(heap)} MB`]] as Cells)
      : []),
    [
      '',
      'JSON export',
      `${round(megabytesPerSecond(m.exportJson))} MB/s (${thousands(m.exportJson.mb)} MB in ${ms(m.exportJson.ms)})`,
    ],
  ]
}

function teamCells(team: TeamFigures): Cells {
  const cpu = team.cpuMs?.pullMerge
  return [
    ['team-commit', 'commit of one edit', ms(team.oneEditCommitMs.median)],
    [
      'team-merge',
      `pull-merge, ${thousands(team.pullMerge.changedEachSide)} changed records on each side`,
      `${ms(team.pullMerge.ms)}${cpu === undefined ? '' : ` (${ms(cpu)} CPU)`}`,
    ],
    ['team-objects', 'new objects per one-record commit', `${team.newObjectKBPerOneRecordCommit} KB`],
  ]
}

function rendererCells(r: RendererFigures): Cells {
  const { keystroke: k } = r
  const runs = k.runs ? `, ${k.runs.length} runs` : ''
  return [
    [
      'keystroke',
      'keystroke to filtered rows',
      `p50 ${ms(k.p50)}, p95 ${ms(k.p95)} (${k.n} keystrokes${runs})`,
    ],
    ['dom', 'table rows in the DOM, scrolling', `${r.mostRowsInDom} at most`],
    ['', 'open to the first painted table', ms(r.firstTableMs)],
  ]
}

/** "≤ 1.5x JSON.parse", "< 50 ms": a ratio's x follows its number. */
const targetText = (t: Target | undefined) =>
  t ? `${t.comparison} ${t.limit.toLocaleString('en')}${t.unit.startsWith('x') ? '' : ' '}${t.unit}` : ''
const verdictText = (t: Target | undefined) => (t ? (t.met ? 'met' : '**missed**') : '')

/** A markdown table: the figures, the before column when given, target and verdict. */
function table(title: string, cells: Cells, targets: Target[], before: Cells | undefined): string {
  const head = [title, 'latest', ...(before ? ['before'] : []), 'target', '']
  const lines = [head, head.map(() => '---')]
  cells.forEach(([id, name, latest], i) => {
    const t = id ? targets.find((target) => target.id === id) : undefined
    lines.push([name, latest, ...(before ? [before[i]?.[2] ?? ''] : []), targetText(t), verdictText(t)])
  })
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

const targetsOf = (document: BenchDocument) =>
  document.targets ??
  allTargets({ results: document.results, ...(document.renderer ? { renderer: document.renderer } : {}) })

/** The tables the README quotes, with a line on when and where they were measured. */
export function benchTables(latest: BenchDocument, before?: BenchDocument): string {
  const result = latest.results.find((r) => r.scale.name === QUOTED_SCALE) ?? latest.results.at(-1)
  if (!result) throw new Error('latest.json has no results.')
  const earlier = before?.results.find((r) => r.scale.name === result.scale.name)
  const targets = targetsOf(latest)
  const { machine: m } = latest
  const average = (l: number[]) => l.map((n) => round(n, 1)).join(' / ')
  const start = m.loadAtStart ? `${average(m.loadAtStart)} at the start, ` : ''
  const load = m.load ? `, load average ${start}${average(m.load)} at the end` : ''
  const scaleTable = (r: ScaleResult, earlierResult?: ScaleResult) =>
    table(
      `${thousands(r.scale.sites)} sites, ${thousands(r.scale.statements)} statements (${thousands(r.bytes / 1e6)} MB)`,
      mainCells(r),
      targets.filter((t) => t.scale === r.scale.name),
      earlierResult && mainCells(earlierResult),
    )
  const parts = [
    `Measured ${latest.at.slice(0, 10)} in ${round(latest.seconds, 0)} s on ${m.cpus ?? '?'} cores (${m.model ?? '?'}), ${m.memoryGB ?? '?'} GB, Node ${m.node ?? '?'}${load}.`,
    scaleTable(result, earlier),
  ]
  if (result.team) {
    const team = targets.filter((t) => t.scale === teamScale(result))
    const earlierTeam = earlier?.team
    parts.push(
      table(
        `team on git, ${thousands(result.scale.sites)} sites`,
        teamCells(result.team),
        team,
        earlierTeam && teamCells(earlierTeam),
      ),
    )
  }
  for (const largest of latest.results.filter((r) => r.scale.heldTo === 'largest register'))
    parts.push(
      scaleTable(
        largest,
        before?.results.find((r) => r.scale.name === largest.scale.name),
      ),
    )
  if (latest.renderer) {
    const renderer = targets.filter((t) => t.scale.startsWith('renderer'))
    parts.push(
      table(
        `renderer, ${thousands(latest.renderer.sites)} sites (Chromium)`,
        rendererCells(latest.renderer),
        renderer,
        before?.renderer && rendererCells(before.renderer),
      ),
    )
  }
  return parts.join('\n\n')
}

/** The README with the text between the markers replaced; throws when the markers are missing. */
export function replaceBetweenMarkers(readme: string, content: string): string {
  const start = readme.indexOf(START_MARKER)
  const end = readme.indexOf(END_MARKER)
  if (start < 0 || end < start)
    throw new Error(`README.md has no ${START_MARKER} … ${END_MARKER} section to fill.`)
  return `${readme.slice(0, start + START_MARKER.length)}\n\n${content}\n\n${readme.slice(end)}`
}

if (process.argv[1] === import.meta.filename) {
  const root = path.resolve(import.meta.dirname, '..')
  const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as BenchDocument
  const latest = await read(path.join(root, 'bench/results/latest.json'))
  const beforeAt = process.argv.indexOf('--before')
  const before =
    beforeAt > 0 && process.argv[beforeAt + 1] ? await read(process.argv[beforeAt + 1] as string) : undefined
  const readmePath = path.join(root, 'README.md')
  const readme = replaceBetweenMarkers(await readFile(readmePath, 'utf8'), benchTables(latest, before))
  // Formatted as `npm test`'s Prettier check wants it (the tables' columns aligned).
  const options = (await prettier.resolveConfig(readmePath)) ?? {}
  await writeFile(readmePath, await prettier.format(readme, { ...options, filepath: readmePath }))
  console.log('README.md: performance tables written from bench/results/latest.json')
}
