import { describe, expect, it } from 'vitest'
import { localName, orderedNames, readingOrder } from './record-name'

const MOGAO = { en: 'Mogao Caves', zh: '莫高窟' }

describe('record names in the interface language', () => {
  it('puts the English name first in the English interface', () => {
    expect(orderedNames(MOGAO, 'en')).toEqual([
      ['en', 'Mogao Caves'],
      ['zh', '莫高窟'],
    ])
    expect(localName(MOGAO, 'en')).toBe('Mogao Caves')
    expect(readingOrder(['zh', 'fr', 'en'], 'en')).toEqual(['en', 'zh', 'fr'])
  })

  it('puts the Chinese name first in the Chinese interface', () => {
    expect(orderedNames(MOGAO, 'zh-Hans')).toEqual([
      ['zh', '莫高窟'],
      ['en', 'Mogao Caves'],
    ])
    expect(localName(MOGAO, 'zh-Hans')).toBe('莫高窟')
    expect(localName({ en: 'Mount Wuyi', 'zh-Hans': '武夷山' }, 'zh-Hans')).toBe('武夷山')
    expect(readingOrder(['en', 'fr', 'zh'], 'zh-Hans')).toEqual(['zh', 'en', 'fr'])
  })

  it('falls back to English in the Chinese interface where there is no Chinese name', () => {
    expect(localName({ en: 'Mogao Caves', fr: 'Grottes de Mogao' }, 'zh-Hans')).toBe('Mogao Caves')
    expect(localName({ en: 'Mogao Caves', zh: '' }, 'zh-Hans')).toBe('Mogao Caves')
    expect(orderedNames({ fr: 'Grottes de Mogao', en: 'Mogao Caves' }, 'zh-Hans')).toEqual([
      ['en', 'Mogao Caves'],
      ['fr', 'Grottes de Mogao'],
    ])
  })

  it('shows a site with only a Chinese name by that name in either interface', () => {
    const onlyChinese = { zh: '莫高窟' }
    expect(localName(onlyChinese, 'en')).toBe('莫高窟')
    expect(localName(onlyChinese, 'zh-Hans')).toBe('莫高窟')
    expect(orderedNames(onlyChinese, 'en')).toEqual([['zh', '莫高窟']])
  })

  it('says nothing for a record without names', () => {
    expect(localName(undefined, 'zh-Hans')).toBe('')
    expect(localName({}, 'en')).toBe('')
  })
})
