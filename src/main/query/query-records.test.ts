import { describe, expect, it } from 'vitest'
import type { Page, SiteRow, SourceRow, StatementRow } from '@shared/domain'
import { sampleServices } from '../../../tests/support/temp-dataset'

async function sites(query: object) {
  const { call } = await sampleServices()
  return call<Page<SiteRow>>('queryRecords', 'site', query)
}

describe('site search', () => {
  it('pages 59 sites 50 at a time', async () => {
    const page = await sites({ offset: 50, limit: 50 })
    expect(page).toMatchObject({ total: 59, offset: 50 })
    expect(page.rows).toHaveLength(9)
  })

  it('ignores case and diacritics', async () => {
    for (const search of ['MOGAO', 'Mógão', 'mogao caves']) {
      expect((await sites({ search })).rows.map((r) => r.id)).toEqual(['whc-440'])
    }
  })

  it('finds Chinese names as written, and full-width Latin as plain', async () => {
    expect((await sites({ search: '莫高' })).rows.map((r) => r.name.zh)).toEqual(['莫高窟'])
    expect((await sites({ search: 'ＭＯＧＡＯ' })).total).toBe(1)
  })

  it('needs every term to match, and says so with an empty page', async () => {
    expect((await sites({ search: 'mogao wall' })).total).toBe(0)
  })

  it('sorts by year, newest first, with undated sites last', async () => {
    const years = (await sites({ sortBy: 'yearInscribed', sortDirection: 'desc', limit: 59 })).rows.map(
      (r) => r.yearInscribed ?? 0,
    )
    expect(years[0]).toBe(2024)
    expect(years).toEqual([...years].sort((a, b) => b - a))
  })
})

describe('statements and sources', () => {
  it('lists the statements about a country and those citing a source', async () => {
    const { call } = await sampleServices()
    const aboutChina = await call<Page<StatementRow>>('queryRecords', 'statement', {
      subject: { kind: 'country', code: 'CN' },
    })
    expect(aboutChina.total).toBeGreaterThanOrEqual(6)
    const citing = await call<Page<StatementRow>>('queryRecords', 'statement', {
      citesSource: 'xinhua-2024-06-12',
    })
    expect(citing.total).toBe(aboutChina.total)
    const count = citing.rows.find((r) => r.property === 'world-heritage-site-count')
    expect(count).toMatchObject({ subjectLabel: 'CN', valueText: '57', referenceCount: 1 })
  })

  it('filters sources and statements by curation status', async () => {
    const { call } = await sampleServices()
    const inReview = await call<Page<StatementRow>>('queryRecords', 'statement', { status: ['in-review'] })
    expect(inReview.total).toBe(6)
    expect(
      (await call<Page<StatementRow>>('queryRecords', 'statement', { status: ['approved'] })).total,
    ).toBe(17)
    expect((await call<Page<SourceRow>>('queryRecords', 'source', { status: ['approved'] })).total).toBe(2)
  })

  it('counts how many statements cite each source', async () => {
    const { call } = await sampleServices()
    const page = await call<Page<SourceRow>>('queryRecords', 'source', { search: 'xinhua' })
    expect(page.rows[0]).toMatchObject({ id: 'xinhua-2024-06-12', citedBy: 6, issuedYear: 2024 })
  })
})
