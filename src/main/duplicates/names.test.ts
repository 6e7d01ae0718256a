import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { nameSimilarity, nameTokens, prepareName } from './names'
import { closeness, haversineKm, scorePair } from './score'

const similarity = (a: string, b: string) => nameSimilarity(prepareName(a), prepareName(b))

function site(id: string, name: Site['name'], extra: Partial<Site> = {}): Site {
  return {
    id,
    name,
    statesParties: ['CN'],
    regions: [],
    category: 'cultural',
    criteria: ['i'],
    inDanger: false,
    transboundary: false,
    status: 'draft',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  }
}
const prepared = (s: Site) => ({ site: s, names: Object.values(s.name).map(prepareName) })

describe('site names for comparison', () => {
  it('ignores case, punctuation, articles and diacritics', () => {
    expect(nameTokens('The Great Wall')).toEqual(['great', 'wall'])
    expect(nameTokens('Cathédrale de Notre-Dame, Paris')).toEqual(['cathedrale', 'notre', 'dame', 'paris'])
    expect(nameTokens('La Grand-Place')).toEqual(['grand', 'place'])
    expect(similarity('The Great Wall', 'Great wall')).toBe(1)
    expect(similarity('Mogao Caves', 'Mógao  caves!')).toBe(1)
  })

  it('compares Chinese names character by character', () => {
    expect(nameTokens('明清故宫（北京故宫）')).toEqual(['明', '清', '故', '宫', '北', '京', '故', '宫'])
    expect(similarity('长城', '长城')).toBe(1)
    expect(similarity('泰山', '黄山')).toBeLessThan(0.5)
    expect(similarity('皖南古村落－西递、宏村', '皖南古村落西递宏村')).toBe(1)
  })

  it('scores different places with a shared word well below a true variant', () => {
    const different = similarity('Mount Taishan', 'Mount Huangshan')
    const variant = similarity('Mount Taishan', 'Mt. Taishan')
    expect(different).toBeLessThan(0.6)
    expect(variant).toBeGreaterThan(different)
    expect(similarity('Great Wall', 'Summer Palace')).toBeLessThan(0.2)
  })
})

describe('pair score', () => {
  it('measures distance on the sphere and turns it into closeness', () => {
    const beijing = { latitude: 39.9042, longitude: 116.4074 }
    const shanghai = { latitude: 31.2304, longitude: 121.4737 }
    expect(haversineKm(beijing, shanghai)).toBeGreaterThan(1060)
    expect(haversineKm(beijing, shanghai)).toBeLessThan(1075)
    expect(closeness(0.5)).toBe(1)
    expect(closeness(10)).toBeGreaterThan(closeness(50))
    expect(closeness(500)).toBe(0)
  })

  it('scores a near copy high, with its reasons', () => {
    const wall = site(
      'a',
      { en: 'The Great Wall', zh: '长城' },
      { location: { latitude: 40.41667, longitude: 116.08333 } },
    )
    const copy = site('b', { en: 'Great wall' }, { location: { latitude: 40.42, longitude: 116.09 } })
    const { score, reasons } = scorePair(prepared(wall), prepared(copy))
    expect(score).toBeGreaterThan(0.95)
    expect(reasons.name).toBe(1)
    expect(reasons.names).toEqual(['The Great Wall', 'Great wall'])
    expect(reasons.distanceKm).toBeLessThan(1)
    expect(reasons.sharedStates).toEqual(['CN'])
  })

  it('leaves out what cannot be told and counts states parties that differ against', () => {
    const a = site('a', { en: 'Old Town' })
    const b = site(
      'b',
      { en: 'Old Town' },
      { statesParties: ['FR'], location: { latitude: 1, longitude: 1 } },
    )
    const { score, reasons } = scorePair(prepared(a), prepared(b))
    expect(reasons.distanceKm).toBeNull()
    expect(reasons.distance).toBeNull()
    expect(reasons.sharedStates).toEqual([])
    expect(score).toBeCloseTo(0.5 / 0.65)
  })

  it('does not hold names in different scripts against a pair at the same point', () => {
    const english = site(
      'a',
      { en: 'The Great Wall' },
      { location: { latitude: 40.4167, longitude: 116.0833 } },
    )
    const chinese = site('b', { zh: '长城' }, { location: { latitude: 40.4168, longitude: 116.0834 } })
    const { score, reasons } = scorePair(prepared(english), prepared(chinese))
    expect(reasons.name).toBeNull()
    expect(score).toBe(1)
    const far = site('c', { zh: '长城' }, { location: { latitude: 30, longitude: 110 } })
    expect(scorePair(prepared(english), prepared(far)).score).toBeLessThan(0.5)
  })
})
