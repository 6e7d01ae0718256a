import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { regionsOfStates, UNESCO_REGIONS } from '@shared/unesco-regions'
import { REGIONS_FILE, regionsModule } from './derive-unesco-regions'
import { WHC_SITES_CSV } from './sample/paths'

describe('the UNESCO region of each state party', () => {
  it('is derived from the List as committed', async () => {
    expect(readFileSync(REGIONS_FILE, 'utf8')).toBe(await regionsModule(readFileSync(WHC_SITES_CSV, 'utf8')))
  })

  it('knows UNESCO’s own regions, and states whose every site is shared', () => {
    expect(Object.keys(UNESCO_REGIONS)).toHaveLength(168)
    expect(regionsOfStates(['CN'])).toEqual(['Asia and the Pacific'])
    expect(regionsOfStates(['IL', 'TR', 'MK'])).toEqual(['Europe and North America'])
    expect(regionsOfStates(['cn', 'KZ', 'KG'])).toEqual(['Asia and the Pacific'])
    expect(regionsOfStates(['AZ', 'IR'])).toEqual(['Europe and North America', 'Asia and the Pacific'])
    expect(regionsOfStates(['XX'])).toEqual([])
  })
})
