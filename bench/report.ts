/** The terminal table: each figure, its baseline, the ratio, and the target it is held to. */
import type { RendererFigures } from './renderer'
import { round } from './stats'

interface Result {
  scale: { name: string; sites: number; statements: number }
  bytes: number
  main: {
    open: { median: number }
    query: { p50: number; p95: number }
    commit: { p50: number; p95: number }
    validate: { ms: number; worstPingMs: number }
    exportCsv: { ms: number; mb: number }
    exportJson: { ms: number; mb: number }
    peakRssMB: number
  }
  baselines: {
    parse: { median: number }
    lowdb: { p95: number }
    sqlite: { p95: number }
    ajv: { ms: number }
  }
}

const ms = (n: number) => `${round(n, n < 10 ? 2 : 0)} ms`
const mbps = (e: { ms: number; mb: number }) => e.mb / (e.ms / 1000)

function rows(r: Result): string[][] {
  const m = r.main
  const b = r.baselines
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED')
  return [
    [
      'open (to first query)',
      ms(m.open.median),
      `JSON.parse ${ms(b.parse.median)}`,
      `${round(m.open.median / b.parse.median, 2)}x`,
      '≤ 1.5x',
      check(m.open.median <= 1.5 * b.parse.median),
    ],
    [
      'query p50 / p95',
      `${ms(m.query.p50)} / ${ms(m.query.p95)}`,
      '',
      '',
      'p95 < 50 ms',
      check(m.query.p95 < 50),
    ],
    [
      'commit p50 / p95',
      `${ms(m.commit.p50)} / ${ms(m.commit.p95)}`,
      `SQLite p95 ${ms(b.sqlite.p95)}`,
      `${round(m.commit.p95 / b.sqlite.p95, 2)}x`,
      '≤ 2x',
      check(m.commit.p95 <= 2 * b.sqlite.p95),
    ],
    [
      'commit vs naive lowdb',
      ms(m.commit.p95),
      `lowdb p95 ${ms(b.lowdb.p95)}`,
      `${round(b.lowdb.p95 / m.commit.p95, 1)}x faster`,
      '≥ 50x',
      check(b.lowdb.p95 >= 50 * m.commit.p95),
    ],
    [
      'validate all (worker)',
      ms(m.validate.ms),
      `bare ajv ${ms(b.ajv.ms)}`,
      `${round(m.validate.ms / b.ajv.ms, 2)}x`,
      '< 3 s',
      check(m.validate.ms < 3000),
    ],
    [
      'ping to main meanwhile',
      ms(m.validate.worstPingMs),
      '',
      '',
      '< 50 ms',
      check(m.validate.worstPingMs < 50),
    ],
    [
      'CSV export',
      `${round(mbps(m.exportCsv))} MB/s`,
      `${round(m.exportCsv.mb)} MB`,
      '',
      '≥ 100 MB/s',
      check(mbps(m.exportCsv) >= 100),
    ],
    ['JSON export', `${round(mbps(m.exportJson))} MB/s`, `${round(m.exportJson.mb)} MB`, '', '', ''],
    ['peak memory (main)', `${round(m.peakRssMB)} MB`, '', '', '< 1,536 MB', check(m.peakRssMB < 1536)],
  ]
}

/** The renderer's figures (bench/renderer.ts), when measured. */
function rendererLines(r: RendererFigures): string[] {
  const bounded = r.mostRowsInDom < 100
  return [
    `\nrenderer (Chromium): ${r.sites.toLocaleString('en')} sites`,
    `open to first painted table  ${ms(r.firstTableMs)}`,
    `keystroke to filtered rows   p50 ${ms(r.keystroke.p50)} / p95 ${ms(r.keystroke.p95)} over ${r.keystroke.n}  (target p95 < 100 ms: ${r.keystroke.p95 < 100 ? 'met' : 'MISSED'})`,
    `most table rows in the DOM   ${r.mostRowsInDom} while scrolling  (bounded: ${bounded ? 'met' : 'MISSED'})`,
  ]
}

export function report(document: {
  machine: Record<string, unknown>
  seconds: number
  results: unknown[]
  renderer?: RendererFigures
}): string {
  const lines: string[] = []
  for (const result of document.results as Result[]) {
    const { scale } = result
    lines.push(
      `\n${scale.name}: ${scale.sites.toLocaleString('en')} sites, ${scale.statements.toLocaleString('en')} statements, ${round(result.bytes / 1e6)} MB`,
    )
    const table = [['figure', 'value', 'baseline', 'ratio', 'target', ''], ...rows(result)]
    const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length))) ?? []
    for (const row of table)
      lines.push(
        row
          .map((cell, c) => cell.padEnd(widths[c] ?? 0))
          .join('  ')
          .trimEnd(),
      )
  }
  if (document.renderer) lines.push(...rendererLines(document.renderer))
  lines.push(
    `\n(targets are for 100,000 sites / 500,000 statements; machine: ${JSON.stringify(document.machine)}; ${document.seconds} s)`,
  )
  return lines.join('\n')
}
