import { describe, expect, it } from 'vitest'
import type { SiteRow } from '@shared/domain'
import { neighbour } from '@renderer/hooks/useRecordSequence'
import { nameIn, siteDetail } from './record-actions'
import { keyLabel, shortcutGroups } from './shortcut-list'

describe('next and previous record', () => {
  const ids = ['whc-1', 'whc-2', 'whc-3']
  it('step through the table’s order and stop at either end', () => {
    expect(neighbour(ids, 'whc-2', 1)).toBe('whc-3')
    expect(neighbour(ids, 'whc-2', -1)).toBe('whc-1')
    expect(neighbour(ids, 'whc-3', 1)).toBeNull()
    expect(neighbour(ids, 'whc-1', -1)).toBeNull()
  })
  it('do nothing for a record the table does not show, or before the table has loaded', () => {
    expect(neighbour(ids, 'whc-9', 1)).toBeNull()
    expect(neighbour(undefined, 'whc-1', 1)).toBeNull()
  })
})

describe('the palette’s record lines', () => {
  const site: SiteRow = {
    id: 'whc-440',
    unescoId: 440,
    name: { en: 'Mogao Caves', zh: '莫高窟' },
    statesParties: ['CN'],
    category: 'cultural',
    criteria: [],
    inDanger: false,
    status: 'approved',
    updatedAt: '2024-07-31T00:00:00Z',
  }
  it('name a site in the interface’s language, with the other name beside it', () => {
    expect(nameIn(site.name, 'en')).toBe('Mogao Caves')
    expect(nameIn(site.name, 'zh-Hans')).toBe('莫高窟')
    expect(siteDetail(site, 'en')).toBe('莫高窟 · #440 · CN')
    expect(siteDetail(site, 'zh-Hans')).toBe('Mogao Caves · #440 · CN')
  })
  it('fall back to any name a site has', () => {
    expect(nameIn({ fr: 'Grottes de Mogao' }, 'en')).toBe('Grottes de Mogao')
    expect(nameIn({ en: 'Mogao Caves' }, 'zh-Hans')).toBe('Mogao Caves')
  })
})

describe('the shortcuts help', () => {
  it('names the keys as each system does', () => {
    expect(keyLabel('mod', true)).toEqual({ text: '⌘' })
    expect(keyLabel('mod', false)).toEqual({ text: 'Ctrl' })
    expect(keyLabel('alt', true)).toEqual({ text: '⌥' })
    expect(keyLabel('enter', false)).toEqual({ named: 'enter' })
  })
  it('lists Ctrl+Y for redo outside macOS only', () => {
    const redo = (mac: boolean) =>
      shortcutGroups(mac)
        .flatMap((group) => group.items)
        .find((item) => item.item === 'redo')?.keys
    expect(redo(false)).toContainEqual(['ctrl', 'Y'])
    expect(redo(true)).not.toContainEqual(['ctrl', 'Y'])
  })
})
