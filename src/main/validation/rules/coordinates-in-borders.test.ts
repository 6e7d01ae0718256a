import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { SAMPLE_DIR } from '../../../../tests/support/temp-dataset'
import { readKind } from '../../../../tests/support/dataset-files'
import { coordinatesInBorders } from './coordinates-in-borders'

const sample = await readKind(SAMPLE_DIR, 'site')
const mogao = sample.find((s) => s.id === 'whc-440') as Site

/** The rule's findings for Mogao moved to a point and given to other states parties. */
function check(latitude: number, longitude: number, statesParties = ['CN']) {
  const site = { ...mogao, statesParties, location: { latitude, longitude } }
  return coordinatesInBorders.check(site, undefined as never)
}

describe('site.coordinates-in-borders', () => {
  it('passes a point in Beijing, inside China', () => {
    expect(check(39.9042, 116.4074)).toEqual([])
  })

  it('flags a point in the open Pacific, far from China, saying how far', () => {
    const [hit, ...more] = check(20, 140)
    expect(more).toEqual([])
    expect(hit?.path).toBe('/location')
    expect(hit?.params).toMatchObject({ latitude: 20, longitude: 140, states: 'CN' })
    expect(Number(hit?.params.distance)).toBeGreaterThan(1500)
  })

  it('passes an island site and a point just offshore: the coast has a tolerance', () => {
    expect(check(24.4469, 118.0642)).toEqual([]) // Kulangsu, an islet off Xiamen
    expect(check(18.1, 109.5)).toEqual([]) // 15 km off Sanya, Hainan
  })

  it('flags a point well inside another country, but not one just over the border', () => {
    expect(check(43.8, 111.85)).toEqual([]) // a few km into Mongolia from Erenhot
    expect(check(46.5, 105)).toHaveLength(1) // central Mongolia
  })

  it('passes a marine site whose point lies at sea within its exclusive economic zone', () => {
    expect(check(-18.28611111, 147.7, ['AU'])).toEqual([]) // Great Barrier Reef
  })

  it('passes a remote island that only the detailed map draws', () => {
    expect(check(5.533333333, -87.06666667, ['CR'])).toEqual([]) // Cocos Island, 500 km off Costa Rica
  })

  it('counts territories and disputed areas as their state party lists them', () => {
    expect(check(69.13333333, -49.5, ['DK'])).toEqual([]) // Ilulissat Icefjord, Greenland
    expect(check(44.6108333333, 33.4913888889, ['UA'])).toEqual([]) // Tauric Chersonese, Crimea
  })

  it('skips a state party that the atlas does not draw, rather than guessing', () => {
    expect(check(0, 0, ['TV'])).toEqual([]) // Tuvalu
    expect(check(0, 0, ['XK'])).toEqual([]) // Kosovo
  })

  it('flags the one real error on the 2024 list, Qadisha placed a degree east, in Syria', () => {
    expect(check(34.2538888889, 36.9511111111, ['LB'])).toHaveLength(1)
    expect(check(34.2538888889, 35.9511111111, ['LB'])).toEqual([])
  })

  it('passes every site of the sample', () => {
    const flagged = sample.filter((s) => coordinatesInBorders.check(s, undefined as never).length > 0)
    expect(flagged.map((s) => s.id)).toEqual([])
  })
})
