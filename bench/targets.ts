/**
 * The targets the figures are held to (issues 7 and 16), and each one's verdict: latest.json
 * carries the list (`targets`), the terminal report and the README's table are made from it.
 * The targets are set for 100,000 sites / 500,000 statements; at other scales the verdicts say
 * how that scale compares with them.
 */

export interface Target {
  /** A short key that stays the same from run to run: `open`, `csv`, `keystroke`, ... */
  id: string
  /** What is measured. */
  name: string
  /** The scale it was measured at (`Scale.name`). */
  scale: string
  value: number
  limit: number
  unit: string
  /** How the value must compare with the limit to meet it. */
  comparison: Comparison
  met: boolean
}

/** What targets are read from: one scale's result in latest.json. */
export interface ScaleResult {
  scale: { name: string; sites: number; statements: number; heldTo?: 'largest register' }
  bytes: number
  main: MainFigures | { failed: string }
  baselines: {
    parse: { median: number }
    lowdb: { p95: number }
    sqlite: { p95: number }
    ajv: { ms: number }
  }
  team?: TeamFigures
}

/** The main process's figures at one scale (bench/main-process.ts). */
export interface MainFigures {
  open: { median: number }
  /** firstSearchMs: the first search after open, which builds the search index (not in p50/p95). */
  query: { p50: number; p95: number; firstSearchMs?: number }
  commit: { p50: number; p95: number }
  /** From the start of a reopen of unchanged files until every record's problems are known. */
  problemsReadyMs?: number
  /** The same when one site shard changed since the check (no target), and how many records it checked. */
  problemsReadyAfterOneShardMs?: number
  recheckedAfterOneShard?: number
  validate: { ms: number; worstPingMs: number; pingP95Ms?: number }
  exportCsv: { ms: number; mb: number }
  exportJson: { ms: number; mb: number }
  peakRssMB: number
  /** The JavaScript heap in use after each stage (MB). */
  heapAfterMB?: Record<string, number>
}

/** The team figures (bench/team.ts, issue 13). */
export interface TeamFigures {
  oneEditCommitMs: { median: number }
  newObjectKBPerOneRecordCommit: number
  pullMerge: { changedEachSide: number; ms: number }
  cpuMs?: { pullMerge?: number }
}

export const mainFailed = (main: ScaleResult['main']): main is { failed: string } => 'failed' in main

/** What the renderer's targets are read from (bench/renderer.ts). */
export interface RendererResult {
  sites: number
  keystroke: { p95: number }
  mostRowsInDom: number
}

export type Comparison = '<' | '≤' | '≥'

export const megabytesPerSecond = (e: { ms: number; mb: number }) => e.mb / (e.ms / 1000)

function target(
  scale: string,
  id: string,
  name: string,
  value: number,
  comparison: Comparison,
  limit: number,
  unit: string,
): Target {
  const met = comparison === '<' ? value < limit : comparison === '≤' ? value <= limit : value >= limit
  return { id, name, scale, value, limit, unit, comparison, met }
}

type TargetArgs = Parameters<typeof target> extends [string, ...infer Rest] ? Rest : never

/**
 * The ids of the main process's targets at the scale the targets are set for, in the order the
 * terminal report and the README list them (England's register has its own, below).
 */
export const MAIN_TARGET_IDS = [
  'open',
  'query',
  'commit',
  'lowdb',
  'validate',
  'ping',
  'problems',
  'csv',
  'memory',
] as const

/** The main process's targets at one scale. */
export function mainTargets(result: ScaleResult): Target[] {
  const { main: m, baselines: b } = result
  const t = (...args: TargetArgs) => target(result.scale.name, ...args)
  if (result.scale.heldTo === 'largest register') return largestRegisterTargets(result)
  if (mainFailed(m)) return [t('open', 'open, to the first query', Number.NaN, '≤', 1.5, 'x JSON.parse')]
  return [
    t('open', 'open, to the first query', m.open.median / b.parse.median, '≤', 1.5, 'x JSON.parse'),
    t('query', 'query p95: search + two facets, first page', m.query.p95, '<', 50, 'ms'),
    t('commit', 'commit p95, one edit durable', m.commit.p95 / b.sqlite.p95, '≤', 2, 'x SQLite'),
    t('lowdb', 'commit p95 against naive lowdb', b.lowdb.p95 / m.commit.p95, '≥', 50, 'x faster'),
    t('validate', 'validate everything, every rule', m.validate.ms, '<', 3000, 'ms'),
    t(
      'ping',
      'ping to main during validation, p95',
      m.validate.pingP95Ms ?? m.validate.worstPingMs,
      '<',
      50,
      'ms',
    ),
    t(
      'problems',
      'problems ready at a reopen, unchanged files',
      (m.problemsReadyMs ?? Number.NaN) / m.open.median,
      '≤',
      1.1,
      'x open',
    ),
    t('csv', 'CSV export', megabytesPerSecond(m.exportCsv), '≥', 100, 'MB/s'),
    t('memory', 'peak memory of the main process', m.peakRssMB, '<', 1536, 'MB'),
  ]
}

/**
 * Issue 16, item 5: England's register opens inside Electron's 4 GB heap (the bench holds the
 * main process to it: a process that ran out of heap has `failed`), with peak RSS under 3 GB,
 * query p95 under 50 ms and commit p95 within 2x SQLite.
 */
function largestRegisterTargets(result: ScaleResult): Target[] {
  const { main: m, baselines: b } = result
  const t = (...args: TargetArgs) => target(result.scale.name, ...args)
  const heapLimit = 4096
  if (mainFailed(m))
    return [t('heap', 'opens and works inside the 4 GB heap', Number.NaN, '<', heapLimit, 'MB')]
  return [
    t(
      'heap',
      'opens and works inside the 4 GB heap',
      Math.max(...Object.values(m.heapAfterMB ?? {})),
      '<',
      heapLimit,
      'MB',
    ),
    t('memory', 'peak memory of the main process', m.peakRssMB, '<', 3072, 'MB'),
    t('query', 'query p95: search + two facets, first page', m.query.p95, '<', 50, 'ms'),
    t('commit', 'commit p95, one edit durable', m.commit.p95 / b.sqlite.p95, '≤', 2, 'x SQLite'),
  ]
}

/** The scale a team target names: the team figures are taken at more than one scale. */
export const teamScale = (result: ScaleResult): string =>
  `team, ${result.scale.sites.toLocaleString('en')} sites`

/** Issue 13's targets for a team at 100,000 sites (bench/team.ts). */
export function teamTargets(result: ScaleResult): Target[] {
  const team = result.team
  if (!team) return []
  const scale = teamScale(result)
  return [
    target(scale, 'team-commit', 'commit of one edit', team.oneEditCommitMs.median, '<', 1000, 'ms'),
    target(
      scale,
      'team-merge',
      `pull-merge of ${team.pullMerge.changedEachSide.toLocaleString('en')} changed records on each side`,
      team.pullMerge.ms,
      '<',
      3000,
      'ms',
    ),
    target(
      scale,
      'team-objects',
      'new objects per one-record commit',
      team.newObjectKBPerOneRecordCommit,
      '<',
      100,
      'KB',
    ),
  ]
}

/** The renderer's targets (Chromium, the largest scale run). */
export function rendererTargets(renderer: RendererResult): Target[] {
  const scale = `renderer, ${renderer.sites.toLocaleString('en')} sites`
  return [
    target(scale, 'keystroke', 'keystroke to filtered rows, p95', renderer.keystroke.p95, '<', 100, 'ms'),
    target(scale, 'dom', 'table rows in the DOM while scrolling', renderer.mostRowsInDom, '<', 100, 'rows'),
  ]
}

/** Every target of a latest.json document. */
export function allTargets(document: { results: ScaleResult[]; renderer?: RendererResult }): Target[] {
  return [
    ...document.results.flatMap(mainTargets),
    ...document.results.flatMap(teamTargets),
    ...(document.renderer ? rendererTargets(document.renderer) : []),
  ]
}
