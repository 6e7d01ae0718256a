import prettier from 'prettier'
import { describe, expect, it } from 'vitest'
import { benchTables } from '../bench/readme'
import { LATEST_FILE, latestJsonText, runBench } from '../bench/run'
import { allTargets, MAIN_TARGET_IDS, mainTargets, type ScaleResult } from '../bench/targets'

// Keeps `npm run bench` working; timings are measured by the bench itself, never asserted here.
describe('npm run bench at a tiny scale', () => {
  it('measures every figure and every baseline', async () => {
    const [result] = (await runBench(['tiny'], 1, () => undefined)) as {
      main: Record<string, unknown>
      baselines: Record<string, unknown>
    }[]
    // How many records the partial check ran on is absent where the open checks all (below 64 MB).
    const figures = Object.keys(result?.main ?? {}).filter((key) => key !== 'recheckedAfterOneShard')
    expect(figures.sort()).toEqual(
      [
        'commit',
        'exportCsv',
        'exportJson',
        'heapAfterMB',
        'open',
        'peakRssMB',
        'problemsReadyMs',
        'problemsReadyAfterOneShardMs',
        'query',
        'rssAfterMB',
        'validate',
      ].sort(),
    )
    expect(Object.keys(result?.baselines ?? {}).sort()).toEqual(['ajv', 'lowdb', 'parse', 'sqlite'])
    expect(result?.main.validate).toMatchObject({ issues: 0 })
    // Every target gets a value and a verdict (at this scale the verdicts mean little).
    const targets = mainTargets(result as unknown as ScaleResult)
    expect(targets.map((t) => t.id)).toEqual(MAIN_TARGET_IDS)
    for (const target of targets) {
      expect(Number.isFinite(target.value), target.id).toBe(true)
      expect(typeof target.met).toBe('boolean')
    }
    // latest.json is written as Prettier wants it: `prettier --check` passes on it as written.
    const document = {
      results: [result],
      targets: allTargets({ results: [result as unknown as ScaleResult] }),
    }
    const text = await latestJsonText(document)
    const options = (await prettier.resolveConfig(LATEST_FILE)) ?? {}
    expect(await prettier.check(text, { ...options, filepath: LATEST_FILE })).toBe(true)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(document)))
    // The README's table, made from that document, gives every one of those targets its verdict.
    const [, scaleTable = ''] = benchTables({
      at: '2026-12-06T00:00:00.000Z',
      machine: {},
      seconds: 0,
      results: [result as unknown as ScaleResult],
      targets: document.targets,
    }).split('\n\n')
    const withVerdict = scaleTable.split('\n').filter((row) => /\| (met|\*\*missed\*\*) \|$/.test(row))
    expect(withVerdict).toHaveLength(MAIN_TARGET_IDS.length)
    expect(Object.keys((result as { team?: object } | undefined)?.team ?? {})).toEqual(
      expect.arrayContaining([
        'oneEditCommitMs',
        'newObjectKBPerOneRecordCommit',
        'cloneFolderMs',
        'pullMerge',
      ]),
    )
  }, 120_000)
})
