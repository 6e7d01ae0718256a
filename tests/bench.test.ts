import { describe, expect, it } from 'vitest'
import { runBench } from '../bench/run'

// Keeps `npm run bench` working; timings are measured by the bench itself, never asserted here.
describe('npm run bench at a tiny scale', () => {
  it('measures every figure and every baseline', async () => {
    const [result] = (await runBench(['tiny'], 1, () => undefined)) as {
      main: Record<string, unknown>
      baselines: Record<string, unknown>
    }[]
    expect(Object.keys(result?.main ?? {}).sort()).toEqual(
      [
        'commit',
        'exportCsv',
        'exportJson',
        'heapAfterMB',
        'open',
        'peakRssMB',
        'query',
        'rssAfterMB',
        'validate',
      ].sort(),
    )
    expect(Object.keys(result?.baselines ?? {}).sort()).toEqual(['ajv', 'lowdb', 'parse', 'sqlite'])
    expect(result?.main.validate).toMatchObject({ issues: 0 })
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
