import { describe, expect, it } from 'vitest'
import type { Property } from '@shared/domain'
import { propertyDescription, propertyLabel } from './useProperties'

const AREA = {
  id: 'area',
  label: { en: 'area', zh: '面积' },
  description: { en: 'Area of the inscribed property.', zh: '列入名录的遗产地面积。' },
  datatype: 'quantity',
} as Property

describe('a property in the interface language', () => {
  it('is labelled and described in Chinese in the Chinese UI, in English in the English UI', () => {
    expect(propertyLabel(AREA, 'area', 'zh-Hans')).toBe('面积')
    expect(propertyDescription(AREA, 'zh-Hans')).toBe('列入名录的遗产地面积。')
    expect(propertyLabel(AREA, 'area', 'en')).toBe('area')
    expect(propertyDescription(AREA, 'en')).toBe('Area of the inscribed property.')
  })

  it('falls back to English, then to its id', () => {
    expect(propertyLabel({ ...AREA, label: { en: 'area' } }, 'area', 'zh-Hans')).toBe('area')
    expect(propertyLabel({ ...AREA, label: {} }, 'area', 'zh-Hans')).toBe('area')
    expect(propertyLabel(undefined, 'gone', 'zh-Hans')).toBe('gone')
  })
})
