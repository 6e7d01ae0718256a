import { describe, expect, it } from 'vitest'
import {
  type BenchDocument,
  benchTables,
  END_MARKER,
  replaceBetweenMarkers,
  START_MARKER,
} from '../bench/readme'
import { allTargets } from '../bench/targets'

/** A small latest.json: one scale, the renderer; CSV export and the keystroke miss their targets. */
function latest(csvMs: number, keystrokeP95: number): BenchDocument {
  return {
    at: '2026-12-05T10:00:00.000Z',
    machine: { cpus: 2, model: 'AMD EPYC', memoryGB: 23.5, node: 'v20.20.2', load: [2.04, 2.1, 3] },
    seconds: 250,
    results: [
      {
        scale: { name: 'national register', sites: 100_000, statements: 500_000 },
        bytes: 434e6,
        main: {
          open: { median: 7000 },
          problemsReadyMs: 7200,
          query: { p50: 1.4, p95: 12 },
          commit: { p50: 0.5, p95: 0.9 },
          validate: { ms: 9700, worstPingMs: 23 },
          exportCsv: { ms: csvMs, mb: 210 },
          exportJson: { ms: 4000, mb: 434 },
          peakRssMB: 1056,
        },
        baselines: { parse: { median: 7500 }, lowdb: { p95: 2600 }, sqlite: { p95: 0.5 }, ajv: { ms: 2900 } },
      },
    ],
    renderer: {
      sites: 100_000,
      firstTableMs: 4500,
      keystroke: { p50: 40, p95: keystrokeP95, n: 60, runs: [90, 95, keystrokeP95] },
      mostRowsInDom: 31,
    },
  }
}

const row = (tables: string, name: string) =>
  tables.split('\n').find((line) => line.startsWith(`| ${name} |`))

describe('npm run bench:readme', () => {
  it('writes each figure with its target and verdict', () => {
    const tables = benchTables(latest(4800, 120))
    expect(tables).toContain('Measured 2026-12-05 in 250 s on 2 cores (AMD EPYC), 23.5 GB, Node v20.20.2')
    expect(tables).toContain('load average 2 / 2.1 / 3 at the end')
    expect(row(tables, 'open, to the first query')).toBe(
      '| open, to the first query | 7 s; JSON.parse 7.5 s: 0.93x | ≤ 1.5x JSON.parse | met |',
    )
    expect(row(tables, 'CSV export')).toBe(
      '| CSV export | 43.8 MB/s (210 MB in 4.8 s) | ≥ 100 MB/s | **missed** |',
    )
    expect(row(tables, 'JSON export')).toBe('| JSON export | 108.5 MB/s (434 MB in 4 s) |  |  |')
    expect(row(tables, 'keystroke to filtered rows')).toBe(
      '| keystroke to filtered rows | p50 40 ms, p95 120 ms (60 keystrokes, 3 runs) | < 100 ms | **missed** |',
    )
  })

  it('takes the verdicts from latest.json’s targets, and a before column from an earlier run', () => {
    const now = latest(1900, 80)
    now.targets = allTargets(now)
    expect(now.targets.filter((t) => !t.met).map((t) => t.id)).toEqual(['validate'])
    const tables = benchTables(now, latest(4800, 277))
    expect(row(tables, 'CSV export')).toBe(
      '| CSV export | 110.5 MB/s (210 MB in 1.9 s) | 43.8 MB/s (210 MB in 4.8 s) | ≥ 100 MB/s | met |',
    )
    expect(row(tables, 'keystroke to filtered rows')).toContain(
      '| p50 40 ms, p95 277 ms (60 keystrokes, 3 runs) | < 100 ms | met |',
    )
  })

  it('replaces only what stands between the markers, and says so when they are missing', () => {
    const readme = `# Title\n\nBefore.\n\n${START_MARKER}\nold table\n${END_MARKER}\n\nAfter.\n`
    expect(replaceBetweenMarkers(readme, 'new table')).toBe(
      `# Title\n\nBefore.\n\n${START_MARKER}\n\nnew table\n\n${END_MARKER}\n\nAfter.\n`,
    )
    expect(() => replaceBetweenMarkers('# Title\n', 'x')).toThrow(/bench-tables:start/)
  })
})
