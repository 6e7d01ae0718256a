import { describe, expect, it } from 'vitest'
import type { DatasetEvent, DuplicatePage, Site } from '@shared/domain'
import { generateDataset } from '../../../bench/generate'
import { sampleServices, tempDir } from '../../../tests/support/temp-dataset'
import { readKind } from '../../../tests/support/dataset-files'
import { searchCandidates } from './candidates'

async function generatedSites(count: number): Promise<Site[]> {
  const folder = await tempDir('hc-dups-')
  await generateDataset(folder, { name: 'duplicates', sites: count, sources: 5, statements: 10 })
  return readKind(folder, 'site')
}

describe('candidate search', () => {
  it('finds a planted duplicate among 20,000 generated sites without comparing every pair', async () => {
    const sites = await generatedSites(20_000)
    const original = sites[12_345] as Site
    const english = original.name.en ?? Object.values(original.name)[0] ?? ''
    const planted: Site = {
      ...original,
      id: 'planted-copy',
      // The same place as typed by someone else: another case, an article, a point 300 m away.
      name: { en: `The ${english.toUpperCase()}` },
      location: original.location && {
        latitude: original.location.latitude + 0.002,
        longitude: original.location.longitude + 0.002,
      },
    }
    let reports = 0
    const search = await searchCandidates([...sites, planted], { onProgress: () => (reports += 1) })
    const found = search.pairs.find((p) => [p.a.id, p.b.id].includes('planted-copy'))
    expect(found).toBeDefined()
    expect([found?.a.id, found?.b.id]).toContain(original.id)
    expect(found?.score).toBeGreaterThan(0.9)
    expect(reports).toBeGreaterThan(1)
    // A small share of the 200 million pairs a comparison of all pairs would weigh.
    expect(search.comparisons).toBeLessThan(2_000_000)
    expect(search.truncated).toBe(false)
  })

  it('stops at its work limit and says so', async () => {
    const sites = await generatedSites(3000)
    const search = await searchCandidates(sites, { limits: { maxComparisons: 100 } })
    expect(search.truncated).toBe(true)
  })

  it('finds a pair by place alone when the names share nothing', async () => {
    const sites = await generatedSites(300)
    const original = sites[10] as Site
    const elsewhere: Site = { ...original, id: 'zz-other-name', name: { fr: 'Qqqq Zzzz' } }
    const search = await searchCandidates([original, elsewhere], { limits: { keepAbove: 0 } })
    expect(search.pairs.map((p) => p.b.id)).toEqual(['zz-other-name'])
  })
})

describe('findDuplicates over the sample', () => {
  it('lists a planted near-duplicate with its reasons, and nothing else at the default floor', async () => {
    const { call } = await sampleServices()
    const before = await call<DuplicatePage>('findDuplicates')
    expect(before.total).toBe(0)
    const wall = await call<Site>('getRecord', 'site', 'whc-438')
    const { id: _id, unescoId: _u, createdAt: _c, updatedAt: _d, ...rest } = wall
    await call('saveRecord', 'site', {
      ...rest,
      id: 'great-wall-copy',
      name: { en: 'Great wall (Badaling)' },
      location: { latitude: 40.42, longitude: 116.09 },
    })
    const after = await call<DuplicatePage>('findDuplicates', { limit: 10 })
    expect(after.rows.map((r) => [r.a.id, r.b.id])).toEqual([['great-wall-copy', 'whc-438']])
    expect(after.rows[0]?.reasons.sharedStates).toEqual(['CN'])
    expect(after.rows[0]?.reasons.distanceKm).toBeLessThan(2)
  })

  it('reports its progress under the job id it was given', async () => {
    const events: DatasetEvent[] = []
    const { call } = await sampleServices({ onEvent: (event) => events.push(event) })
    await call('findDuplicates', { jobId: 'duplicates-test' })
    expect(events).toContainEqual({ type: 'progress', jobId: 'duplicates-test', done: 59, total: 59 })
  })

  it('refuses a malformed query and names the argument', async () => {
    const { dispatch } = await sampleServices()
    const answer = await dispatch('findDuplicates', [{ minScore: 2 }])
    expect(answer.ok).toBe(false)
    if (!answer.ok) expect(answer.error.message).toContain('minScore')
  })
})
