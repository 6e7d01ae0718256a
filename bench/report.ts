/** The terminal table: each figure, its baseline, the ratio, and the target it is held to. */
import type { RendererFigures } from './renderer'
import { round } from './stats'
import {
  MAIN_TARGET_IDS,
  mainFailed,
  mainTargets,
  megabytesPerSecond,
  rendererTargets,
  teamTargets,
  type ScaleResult,
  type Target,
} from './targets'

const ms = (n: number) => `${round(n, n < 10 ? 2 : 0)} ms`
const verdict = (t: Target | undefined) =>
  t ? `${t.comparison} ${t.limit} ${t.unit}  ${t.met ? 'met' : 'MISSED'}` : ''

function rows(r: ScaleResult): string[][] {
  const m = r.main
  const b = r.baselines
  const targets = mainTargets(r)
  const v = (id: string) => verdict(targets.find((t) => t.id === id))
  if (mainFailed(m)) return [['main process', m.failed, '', '', v('heap') || v('open')]]
  const [open, query, commit, lowdb, validate, ping, problems, csv, peak] = MAIN_TARGET_IDS.map((id) =>
    targets.find((t) => t.id === id),
  )
  const heap = Math.max(...Object.values(m.heapAfterMB ?? {}))
  return [
    [
      'open (to first query)',
      ms(m.open.median),
      `JSON.parse ${ms(b.parse.median)}`,
      `${round(m.open.median / b.parse.median, 2)}x`,
      verdict(open),
    ],
    ['query p50 / p95', `${ms(m.query.p50)} / ${ms(m.query.p95)}`, '', '', verdict(query)],
    [
      'commit p50 / p95',
      `${ms(m.commit.p50)} / ${ms(m.commit.p95)}`,
      `SQLite p95 ${ms(b.sqlite.p95)}`,
      `${round(m.commit.p95 / b.sqlite.p95, 2)}x`,
      verdict(commit),
    ],
    [
      'commit vs naive lowdb',
      ms(m.commit.p95),
      `lowdb p95 ${ms(b.lowdb.p95)}`,
      `${round(b.lowdb.p95 / m.commit.p95, 1)}x faster`,
      verdict(lowdb),
    ],
    [
      'validate all (held records)',
      ms(m.validate.ms),
      `bare ajv ${ms(b.ajv.ms)}`,
      `${round(m.validate.ms / b.ajv.ms, 2)}x`,
      verdict(validate),
    ],
    [
      'ping to main meanwhile p95 / worst',
      `${ms(m.validate.pingP95Ms ?? Number.NaN)} / ${ms(m.validate.worstPingMs)}`,
      '',
      '',
      verdict(ping),
    ],
    ['problems ready, reopen', ms(m.problemsReadyMs ?? Number.NaN), '', '', verdict(problems)],
    [
      'problems ready, one shard changed',
      ms(m.problemsReadyAfterOneShardMs ?? Number.NaN),
      `${m.recheckedAfterOneShard ?? '?'} records checked`,
      '',
      '',
    ],
    [
      'CSV export',
      `${round(megabytesPerSecond(m.exportCsv))} MB/s`,
      `${round(m.exportCsv.mb)} MB`,
      '',
      verdict(csv),
    ],
    [
      'JSON export',
      `${round(megabytesPerSecond(m.exportJson))} MB/s`,
      `${round(m.exportJson.mb)} MB`,
      '',
      '',
    ],
    ['peak memory (main)', `${round(m.peakRssMB)} MB`, '', '', verdict(peak)],
    ['heap in use, largest', `${round(heap)} MB`, '', '', v('heap')],
  ]
}

/** The team figures (bench/team.ts), where measured. */
function teamLines(r: ScaleResult): string[] {
  const team = r.team
  if (!team) return []
  const v = (id: string) => verdict(teamTargets(r).find((t) => t.id === id))
  return [
    `team on git: one-edit commit ${ms(team.oneEditCommitMs.median)}  ${v('team-commit')}`,
    `team on git: pull-merge ${team.pullMerge.changedEachSide} × ${team.pullMerge.changedEachSide} ${ms(team.pullMerge.ms)} (CPU ${ms(team.cpuMs?.pullMerge ?? Number.NaN)})  ${v('team-merge')}`,
    `team on git: new objects per one-record commit ${team.newObjectKBPerOneRecordCommit} KB  ${v('team-objects')}`,
  ]
}

/** The renderer's figures (bench/renderer.ts), when measured. */
function rendererLines(r: RendererFigures): string[] {
  const [keystroke, dom] = rendererTargets(r)
  return [
    `\nrenderer (Chromium): ${r.sites.toLocaleString('en')} sites`,
    `open to first painted table  ${ms(r.firstTableMs)}`,
    `keystroke to filtered rows   p50 ${ms(r.keystroke.p50)} / p95 ${ms(r.keystroke.p95)} over ${r.keystroke.n} in ${r.keystroke.runs.length} runs (p95 each: ${r.keystroke.runs.map(ms).join(', ')})  ${verdict(keystroke)}`,
    `most table rows in the DOM   ${r.mostRowsInDom} while scrolling  ${verdict(dom)}`,
  ]
}

export function report(document: {
  machine: Record<string, unknown>
  seconds: number
  results: unknown[]
  renderer?: RendererFigures
}): string {
  const lines: string[] = []
  for (const result of document.results as ScaleResult[]) {
    const { scale } = result
    lines.push(
      `\n${scale.name}: ${scale.sites.toLocaleString('en')} sites, ${scale.statements.toLocaleString('en')} statements, ${round(result.bytes / 1e6)} MB`,
    )
    const table = [['figure', 'value', 'baseline', 'ratio', 'target'], ...rows(result)]
    const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length))) ?? []
    for (const row of table)
      lines.push(
        row
          .map((cell, c) => cell.padEnd(widths[c] ?? 0))
          .join('  ')
          .trimEnd(),
      )
    lines.push(...teamLines(result))
  }
  if (document.renderer) lines.push(...rendererLines(document.renderer))
  lines.push(
    `\n(targets are for 100,000 sites / 500,000 statements, England's for 400,000 sites; machine: ${JSON.stringify(document.machine)}; ${document.seconds} s)`,
  )
  return lines.join('\n')
}
