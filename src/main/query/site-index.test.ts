import { describe, expect, it } from 'vitest'
import type { FacetCounts, Page, RecordQuery, Site, SiteRow } from '@shared/domain'
import { copySample, sampleServices } from '../../../tests/support/temp-dataset'
import { DatasetStore } from '../dataset/dataset-store'
import { createSchemaValidators } from '../validation/ajv'
import { ProblemsIndex } from '../services/problems'
import { SiteIndex } from './site-index'

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
    // The sample's statements are about countries, but for the Great Wall, Mount Taishan and the
    // Beijing Central Axis, whose statements all cite the List.
    expect(count(page, 'coverage', 'none')).toBe(56)
    expect(count(page, 'coverage', 'full')).toBe(3)
  })

  it('combines two facets, each counted under the other’s filter', async () => {
    const { call } = await sampleServices()
    const page = await call<FacetPage>('queryRecords', 'site', {
      facets: { category: ['natural'], decade: ['2010'] },
      limit: 100,
    })
    const all = await call<FacetPage>('queryRecords', 'site', { limit: 100 })
    const expected = all.rows
      .filter(
        (r) => r.category === 'natural' && (r.yearInscribed ?? 0) >= 2010 && (r.yearInscribed ?? 0) < 2020,
      )
      .map((r) => r.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(page.rows.map((r) => r.id).sort()).toEqual(expected.sort())
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

describe('the has-issues facet', () => {
  it('counts sites by the severity of their open issues, and follows an edit', async () => {
    const { call } = await sampleServices()
    const page = await call<FacetPage>('queryRecords', 'site', { limit: 1 })
    // Six sites of the sample lack a Chinese name: a suggestion each.
    expect(count(page, 'issues', 'suggestion')).toBe(6)
    expect(count(page, 'issues', 'none')).toBe(53)
    const withIssue = await call<FacetPage>('queryRecords', 'site', { facets: { issues: ['suggestion'] } })
    expect(withIssue.rows.map((r) => r.id)).toContain('whc-1111')
    const site = await call<Site>('getRecord', 'site', 'whc-1111')
    await call('saveRecord', 'site', { ...site, name: { ...site.name, zh: '测试名称' } })
    const after = await call<FacetPage>('queryRecords', 'site', { facets: { issues: ['suggestion'] } })
    expect(after.total).toBe(5)
    expect(after.rows.map((r) => r.id)).not.toContain('whc-1111')
  })

  it('combines with another facet, and keeps the other severities choosable', async () => {
    const { call } = await sampleServices()
    const page = await call<FacetPage>('queryRecords', 'site', {
      facets: { issues: ['suggestion'], category: ['cultural'] },
    })
    // The cultural sites among the six without a Chinese name (the sample's only suggestions).
    const all = await call<FacetPage>('queryRecords', 'site', { limit: 100 })
    const expected = all.rows.filter((r) => r.category === 'cultural' && !r.name.zh).map((r) => r.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(page.rows.map((r) => r.id).sort()).toEqual(expected.sort())
    expect(count(page, 'issues', 'none')).toBeGreaterThan(0)
    expect(page.total).toBe(count(page, 'issues', 'suggestion'))
  })
})

describe('paging, sorting and matching ids', () => {
  it('answers an empty page past the end, with the true total', async () => {
    const { call } = await sampleServices()
    const page = await call<FacetPage>('queryRecords', 'site', { offset: 500, limit: 50 })
    expect(page).toMatchObject({ total: 59, offset: 500, rows: [] })
    const last = await call<FacetPage>('queryRecords', 'site', { offset: 58, limit: 50 })
    expect(last.rows).toHaveLength(1)
  })

  it('pages through a sort without gaps or repeats', async () => {
    const { call } = await sampleServices()
    const ids: string[] = []
    for (let offset = 0; offset < 59; offset += 7) {
      const page = await call<FacetPage>('queryRecords', 'site', { sortBy: 'unescoId', offset, limit: 7 })
      ids.push(...page.rows.map((r) => r.id))
    }
    expect(new Set(ids).size).toBe(59)
    const all = await call<FacetPage>('queryRecords', 'site', { sortBy: 'unescoId', limit: 59 })
    expect(ids).toEqual(all.rows.map((r) => r.id))
    const numbers = all.rows.map((r) => r.unescoId ?? 0)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  })

  it('narrows a search keystroke by keystroke, as a fresh search would', async () => {
    const { call } = await sampleServices()
    const totals: number[] = []
    for (const search of ['c', 'ca', 'cav', 'cave', 'caves', 'cave']) {
      totals.push((await call<FacetPage>('queryRecords', 'site', { search })).total)
    }
    const fresh = await sampleServices()
    expect((await fresh.call<FacetPage>('queryRecords', 'site', { search: 'caves' })).total).toBe(totals[4])
    expect(totals[5]).toBe(totals[3])
    expect(totals[0]).toBeGreaterThanOrEqual(totals[1] as number)
  })

  it('fills the has-issues facet into an index built without it, as a fresh index has it', async () => {
    const dir = await copySample()
    const store = await DatasetStore.open(dir, createSchemaValidators(), {})
    try {
      const severities = () => new Map([['whc-440', new Set(['warning'] as const)]])
      const query = { facets: { issues: ['warning'] }, limit: 5 }
      const without = SiteIndex.of(store)
      expect(without.query(query).total).toBe(0)
      const filled = SiteIndex.of(store, severities)
      expect(filled).toBe(without) // the same index, not built again
      expect(filled.query(query).rows.map((r) => r.id)).toEqual(['whc-440'])
      expect(filled.query({ limit: 1 }).facets?.issues).toEqual([
        { value: 'none', count: 58 },
        { value: 'warning', count: 1 },
      ])
    } finally {
      await store.close()
    }
  })

  it('takes site edits in place, answering as an index built afresh', async () => {
    const dir = await copySample()
    const validators = createSchemaValidators()
    const store = await DatasetStore.open(dir, validators, {})
    const problems = new ProblemsIndex(validators)
    const severities = () => problems.severitiesByRecord(store, 'site')
    const queries: RecordQuery[] = [
      { limit: 59 },
      { search: 'mogao', limit: 5 },
      { facets: { category: ['natural'], statesParties: ['KZ'] }, limit: 59 },
      { facets: { issues: ['suggestion'] }, sortBy: 'yearInscribed', sortDirection: 'desc', limit: 59 },
      { facets: { inDanger: ['yes'] }, sortBy: 'unescoId', limit: 59 },
    ]
    try {
      const index = SiteIndex.of(store, severities)
      for (const query of queries) index.query(query) // every order and search cached before the edits
      const edit = async (id: string, change: (site: Site) => Site) => {
        const before = store.get('site', id) as Site
        await store.commit('test', [{ kind: 'site', id, before, after: change(before) }])
      }
      await edit('whc-440', (s) => ({
        ...s,
        inDanger: true,
        category: 'mixed',
        criteria: [...s.criteria, 'vii'], // a mixed site has natural criteria too (the schema says so)
        name: { ...s.name, en: 'Aaa' },
      }))
      await edit('whc-1111', (s) => ({
        ...s,
        name: { ...s.name, zh: '测试名称' },
        statesParties: ['CN', 'KZ'],
      }))
      await edit('whc-1388', (s) => ({ ...s, yearInscribed: 1987, unescoId: 1 }))
      expect(SiteIndex.of(store, severities)).toBe(index)
      const fresh = await DatasetStore.open(dir, validators, { readOnly: true })
      try {
        const freshProblems = new ProblemsIndex(validators)
        const afresh = SiteIndex.of(fresh, () => freshProblems.severitiesByRecord(fresh, 'site'))
        for (const query of queries)
          expect(index.query(query), JSON.stringify(query)).toEqual(afresh.query(query))
        expect(index.query({ search: 'aaa' }).rows.map((r) => r.id)).toEqual(['whc-440'])
      } finally {
        await fresh.close()
      }
    } finally {
      await store.close()
    }
  })

  it('lists every matching site id for the map, unpaged', async () => {
    const dir = await copySample()
    const store = await DatasetStore.open(dir, createSchemaValidators(), {})
    try {
      const index = SiteIndex.of(store)
      const natural = index.matchingIds({ facets: { category: ['natural'] }, limit: 1 })
      expect(natural).toHaveLength(15)
      expect(index.matchingIds({ search: 'mogao' })).toEqual(['whc-440'])
      expect(index.matchingIds({})).toHaveLength(59)
      expect(index.matchingIds({ search: 'mogao', facets: { category: ['natural'] } })).toEqual([])
    } finally {
      await store.close()
    }
  })
})
