import { describe, expect, it } from 'vitest'
import type { Page, Site, SitePoints, SiteRow } from '@shared/domain'
import { sampleServices } from '../../../tests/support/temp-dataset'

describe('the points of the map', () => {
  it('answers every site of the sample with its point, names, name in the first language and category', async () => {
    const { call } = await sampleServices()
    const { points, withoutLocation } = await call<SitePoints>('querySitePoints', {})
    expect(points).toHaveLength(59)
    expect(withoutLocation).toBe(0)
    expect(points.find((p) => p.id === 'whc-440')).toEqual({
      id: 'whc-440',
      latitude: expect.any(Number),
      longitude: expect.any(Number),
      category: 'cultural',
      name: 'Mogao Caves',
      // Every name, so that the Chinese interface marks it 莫高窟.
      names: { en: 'Mogao Caves', zh: '莫高窟' },
      outsideBorders: false,
    })
    expect(points.filter((p) => p.outsideBorders)).toEqual([])
  })

  it('applies the table query: search and facets give the same sites as the table', async () => {
    const { call } = await sampleServices()
    const byName = await call<SitePoints>('querySitePoints', { search: '莫高窟' })
    expect(byName.points.map((p) => p.id)).toEqual(['whc-440'])

    const query = { facets: { category: ['natural'], status: ['approved'] } }
    const table = await call<Page<SiteRow>>('queryRecords', 'site', { ...query, limit: 1000 })
    const map = await call<SitePoints>('querySitePoints', query)
    expect(map.points.length).toBeGreaterThan(0)
    expect(map.points.every((p) => p.category === 'natural')).toBe(true)
    expect(map.points.map((p) => p.id).sort()).toEqual(table.rows.map((r) => r.id).sort())
  })

  it('counts the matching sites that have no coordinates, and flags a point outside its countries', async () => {
    const { call } = await sampleServices()
    const mogao = await call<Site>('getRecord', 'site', 'whc-440')
    const { location: _gone, ...withoutPoint } = mogao
    await call('saveRecord', 'site', withoutPoint)
    const great = await call<Site>('getRecord', 'site', 'whc-438')
    await call('saveRecord', 'site', { ...great, location: { latitude: 20, longitude: 140 } })

    const all = await call<SitePoints>('querySitePoints', {})
    expect(all.withoutLocation).toBe(1)
    expect(all.points).toHaveLength(58)
    expect(all.points.filter((p) => p.outsideBorders).map((p) => p.id)).toEqual(['whc-438'])
    const other = await call<SitePoints>('querySitePoints', { search: 'Mogao' })
    expect(other).toEqual({ points: [], withoutLocation: 1 })
  })

  it('refuses a malformed query, naming the argument', async () => {
    const { dispatch } = await sampleServices()
    const result = await dispatch('querySitePoints', [{ facets: { colour: ['red'] } }])
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})
