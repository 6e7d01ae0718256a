import { describe, expect, it } from 'vitest'
import type { FacetCounts, Page, Site, SiteRow } from '../../shared/domain'
import { sampleServices } from '../../../tests/support/temp-dataset'

type FacetPage = Page<SiteRow> & { facets: FacetCounts }
const count = (page: FacetPage, facet: keyof FacetCounts, value: string) =>
  page.facets[facet].find((v) => v.value === value)?.count ?? 0

describe('site facets', () => {
  it('counts every facet over the whole sample', async () => {
    const { call } = await sampleServices()
    const page = await call<FacetPage>('queryRecords', 'site', { limit: 1 })
    expect([
      count(page, 'category', 'cultural'),
      count(page, 'category', 'natural'),
      count(page, 'category', 'mixed'),
    ]).toEqual([40, 15, 4])
    expect(count(page, 'statesParties', 'KZ')).toBe(1)
    expect(count(page, 'decade', '2020')).toBe(4)
    expect(count(page, 'coverage', 'none')).toBe(59)
  })

  it('combines two facets, each counted under the other’s filter', async () => {
    const { call } = await sampleServices()
    const page = await call<FacetPage>('queryRecords', 'site', {
      facets: { category: ['natural'], decade: ['2010'] },
      limit: 100,
    })
    expect(page.rows.every((r) => r.category === 'natural' && (r.yearInscribed ?? 0) >= 2010)).toBe(true)
    expect(page.total).toBe(count(page, 'category', 'natural'))
    // The category facet is counted with only the decade filter: other categories stay choosable.
    expect(count(page, 'category', 'cultural')).toBeGreaterThan(0)
    // The decade facet is counted with only the category filter.
    expect(page.facets.decade.reduce((sum, v) => sum + v.count, 0)).toBe(15)
  })

  it('applies search and facets together, and sees an edit at once', async () => {
    const { call } = await sampleServices()
    const before = await call<FacetPage>('queryRecords', 'site', {
      search: 'mogao',
      facets: { inDanger: ['yes'] },
    })
    expect(before.total).toBe(0)
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    await call('saveRecord', 'site', { ...site, inDanger: true })
    const after = await call<FacetPage>('queryRecords', 'site', {
      search: 'mogao',
      facets: { inDanger: ['yes'] },
    })
    expect(after.rows.map((r) => r.id)).toEqual(['whc-440'])
  })

  it('sorts descending by year through the presorted order', async () => {
    const { call } = await sampleServices()
    const page = await call<FacetPage>('queryRecords', 'site', {
      sortBy: 'yearInscribed',
      sortDirection: 'desc',
      limit: 3,
    })
    expect(page.rows.map((r) => r.yearInscribed)).toEqual([2024, 2024, 2023])
  })
})
