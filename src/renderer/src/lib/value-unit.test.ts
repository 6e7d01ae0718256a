import { describe, expect, it } from 'vitest'
import zh from '../i18n/locales/zh-Hans/statements.json'
import { valueText } from './value-text'

const AREA = { type: 'quantity', amount: 2151.55, unit: 'hectare' } as const
const units = zh.units as Record<string, string>

describe('a quantity’s unit in the interface language', () => {
  it('says the sample’s hectares in Chinese in the Chinese UI, and an unknown unit as written', () => {
    const words = {
      language: 'zh-Hans',
      locale: 'zh-CN',
      bce: (t: string) => t,
      unit: (u: string) => units[u] ?? u,
    }
    expect(valueText(AREA, words)).toBe('2,151.55 公顷')
    expect(valueText({ ...AREA, unit: 'metre' }, words)).toBe('2,151.55 metre')
    expect(valueText(AREA)).toBe('2,151.55 hectare')
  })
})
