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

  it('adds the team table and England’s register, held to its own targets', () => {
    const now = latest(1900, 80)
    const full = now.results[0]!
    full.team = { ...teamFigures(280, 3400), cpuMs: { pullMerge: 2900 } }
    const england = {
      ...full,
      scale: {
        name: 'England register',
        sites: 400_000,
        statements: 2_000_000,
        heldTo: 'largest register' as const,
      },
      main: { ...full.main, peakRssMB: 3300, heapAfterMB: { open: 2500, validate: 2900 } },
      team: undefined,
    }
    now.results.push(england)
    now.targets = allTargets(now)
    const verdicts = Object.fromEntries(now.targets.map((t) => [`${t.scale}: ${t.id}`, t.met]))
    expect(verdicts).toMatchObject({
      'team, 100,000 sites: team-commit': true,
      'team, 100,000 sites: team-merge': false,
      'team, 100,000 sites: team-objects': true,
      'England register: heap': true,
      'England register: memory': false,
      'England register: query': true,
      'England register: commit': true,
    })
    // England is not held to the national register's validation or export targets.
    expect(now.targets.filter((t) => t.scale === 'England register').map((t) => t.id)).toEqual([
      'heap',
      'memory',
      'query',
      'commit',
    ])
    const tables = benchTables(now)
    expect(row(tables, 'pull-merge, 1,000 changed records on each side')).toBe(
      '| pull-merge, 1,000 changed records on each side | 3.4 s (2.9 s CPU) | < 3,000 ms | **missed** |',
    )
    expect(tables).toContain('| 400,000 sites, 2,000,000 statements (434 MB) |')
    expect(
      tables.split('| peak memory of the main process | 3,300 MB | < 3,072 MB | **missed** |'),
    ).toHaveLength(2)
    expect(row(tables, 'JavaScript heap in use, largest after a stage')).toBe(
      '| JavaScript heap in use, largest after a stage | 2,900 MB | < 4,096 MB | met |',
    )
  })

  it('takes the team verdicts of the quoted scale, not of a smaller one measured first', () => {
    const now = latest(1900, 80)
    const full = now.results[0]!
    full.team = teamFigures(45, 3690)
    const unesco = {
      ...full,
      scale: { name: 'UNESCO', sites: 1223, statements: 6000 },
      team: teamFigures(45, 410, 305),
    }
    now.results.unshift(unesco)
    now.targets = allTargets(now)
    expect(row(benchTables(now), 'pull-merge, 1,000 changed records on each side')).toBe(
      '| pull-merge, 1,000 changed records on each side | 3.7 s | < 3,000 ms | **missed** |',
    )
  })

  it('says where the design stopped when the main process did not finish', () => {
    const now = latest(1900, 80)
    const full = now.results[0]!
    now.results.push({
      ...full,
      scale: { name: 'England register', sites: 400_000, statements: 2_000_000, heldTo: 'largest register' },
      main: { failed: 'the main process (work) ended with SIGABRT' },
    })
    now.targets = allTargets(now)
    expect(now.targets.find((t) => t.scale === 'England register')).toMatchObject({ id: 'heap', met: false })
    expect(row(benchTables(now), 'the main process')).toBe(
      '| the main process | did not finish: the main process (work) ended with SIGABRT | < 4,096 MB | **missed** |',
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

/** One scale's team figures: a one-edit commit's median, and a pull-merge of so many records a side. */
function teamFigures(commitMs: number, pullMergeMs: number, changedEachSide = 1000) {
  return {
    oneEditCommitMs: { median: commitMs },
    newObjectKBPerOneRecordCommit: 38.7,
    pullMerge: { changedEachSide, ms: pullMergeMs },
  }
}
