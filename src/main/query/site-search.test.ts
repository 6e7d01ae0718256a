import { describe, expect, it } from 'vitest'
import type { Page, SaveOutcome, Site, SiteRow, Statement } from '@shared/domain'
import { sampleServices } from '../../../tests/support/temp-dataset'

type Call = Awaited<ReturnType<typeof sampleServices>>['call']

const search = async (call: Call, text: string) =>
  (await call<Page<SiteRow>>('queryRecords', 'site', { search: text, limit: 100 })).rows.map((r) => r.id)

const alternativeName = (text: string, language: string, rank: Statement['rank'] = 'normal') => ({
  subject: { kind: 'site', id: 'whc-440' },
  property: 'alternative-name',
  value: { type: 'monolingual', text, language },
  qualifiers: [],
  references: [],
  rank,
  status: 'draft',
})

describe('site search', () => {
  it('finds a site by its alternative names, in any script, once a statement gives them', async () => {
    const { call } = await sampleServices()
    expect(await search(call, 'buddha grottoes')).toEqual([])
    await call('saveRecord', 'statement', alternativeName('Thousand Buddha Grottoes', 'en'))
    await call('saveRecord', 'statement', alternativeName('千佛洞', 'zh'))
    expect(await search(call, 'buddha grottoes')).toEqual(['whc-440'])
    expect(await search(call, '千佛')).toEqual(['whc-440'])
    // A deprecated statement no longer names the site.
    await call('saveRecord', 'statement', alternativeName('Dunhuang Caves', 'en', 'deprecated'))
    expect(await search(call, 'dunhuang caves')).toEqual([])
  })

  it('tolerates one typo in a longer word, exact matches first', async () => {
    const { call } = await sampleServices()
    expect(await search(call, 'mogoa')).toEqual(['whc-440'])
    expect(await search(call, 'mogoa caves')).toEqual(['whc-440'])
    expect(await search(call, 'magoa')).toEqual([]) // two typos
    // A site named exactly as typed comes before the one found within a typo, whatever the sort.
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    const { unescoId: _, ...rest } = site
    const { record: twin } = await call<SaveOutcome<'site'>>('saveRecord', 'site', {
      ...rest,
      id: undefined,
      name: { en: 'Mogoa Garden' },
    })
    expect(await search(call, 'mogoa')).toEqual([twin.id, 'whc-440'])
    const page = await call<Page<SiteRow>>('queryRecords', 'site', {
      search: 'mogoa',
      sortDirection: 'desc',
      offset: 1,
      limit: 1,
    })
    expect([page.total, page.rows.map((r) => r.id)]).toEqual([2, ['whc-440']])
  })

  it('a short word must match as written: no typo for fewer than five letters', async () => {
    const { call } = await sampleServices()
    expect(await search(call, 'tai')).toContain('whc-437') // Mount Taishan
    expect(await search(call, 'mout')).toEqual([])
  })

  it('finds an edited site by its new name and typos of it, and no longer by the old', async () => {
    const { call } = await sampleServices()
    expect(await search(call, 'mogao')).toEqual(['whc-440']) // the search index is built
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    await call('saveRecord', 'site', { ...site, name: { en: 'Zorblat Grottoes', zh: '莫高窟' } })
    expect(await search(call, 'mogao')).toEqual([])
    expect(await search(call, 'zorblat')).toEqual(['whc-440'])
    expect(await search(call, 'zorbalt')).toEqual(['whc-440'])
    expect(await search(call, '莫高')).toEqual(['whc-440'])
  })

  it('answers the rows without facet counts when asked, with the same rows and total', async () => {
    const { call } = await sampleServices()
    const query = { search: 'temple', limit: 10 }
    const withCounts = await call<Page<SiteRow>>('queryRecords', 'site', query)
    const rowsOnly = await call<Page<SiteRow>>('queryRecords', 'site', { ...query, facetCounts: false })
    expect(withCounts.facets?.category.length).toBeGreaterThan(0)
    expect(rowsOnly.facets).toBeUndefined()
    expect([rowsOnly.total, rowsOnly.rows]).toEqual([withCounts.total, withCounts.rows])
  })

  it('a newer query in the same lane makes an older one still waiting moot', async () => {
    const { dispatch } = await sampleServices()
    const ask = (search: string, lane: string) =>
      dispatch('queryRecords', ['site', { search, lane, limit: 1 }])
    const [older, newer, elsewhere] = await Promise.all([
      ask('t', 'rows'),
      ask('te', 'rows'),
      ask('t', 'counts'),
    ])
    expect(older).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(newer).toMatchObject({ ok: true })
    expect(elsewhere).toMatchObject({ ok: true })
  })
})
