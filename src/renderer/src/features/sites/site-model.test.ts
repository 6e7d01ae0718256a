import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { nameLanguages, numberOrText, siteDraft, siteFieldPaths, siteFormValues } from './site-model'

/** A site with every field, those the form does not show included. */
const MOGAO: Site = {
  id: 'whc-440',
  unescoId: 440,
  wikidataId: 'Q189012',
  name: { en: 'Mogao Caves', zh: '莫高窟', fr: 'Grottes de Mogao' },
  statesParties: ['CN'],
  regions: ['Asia and the Pacific'],
  category: 'cultural',
  criteria: ['i', 'ii', 'iii', 'iv', 'v', 'vi'],
  yearInscribed: 1987,
  extensionYears: [2000],
  inDanger: false,
  location: { latitude: 40.13, longitude: 94.82 },
  areaHectares: 23.4,
  bufferZoneHectares: 0,
  transboundary: false,
  description: { en: 'Carved into the cliffs above the Dachuan River.' },
  status: 'in-review',
  reviewNote: 'Check the buffer zone.',
  acknowledgements: [
    {
      rule: 'site.has-location',
      path: '/location',
      reason: 'Checked',
      by: 'Lin',
      at: '2026-01-01T00:00:00Z',
    },
  ],
  notDuplicates: ['whc-1111'],
  createdAt: '2024-06-01T00:00:00Z',
  updatedAt: '2024-06-02T00:00:00Z',
}

/** A site with only the fields every site has. */
const BARE: Site = {
  id: 'whc-1',
  name: { en: 'Bare' },
  statesParties: [],
  regions: [],
  category: 'natural',
  criteria: [],
  inDanger: false,
  transboundary: false,
  status: 'draft',
  createdAt: '2024-06-01T00:00:00Z',
  updatedAt: '2024-06-01T00:00:00Z',
}

const withoutStamps = ({ createdAt: _c, updatedAt: _u, ...rest }: Site) => rest

describe('the site form’s draft', () => {
  it('gives back the site as it was when nothing is edited, fields the form does not show included', () => {
    expect(siteDraft(siteFormValues(MOGAO), MOGAO)).toEqual(withoutStamps(MOGAO))
    // Main stamps the times: the draft never carries them.
    expect(siteDraft(siteFormValues(MOGAO), MOGAO)).not.toHaveProperty('updatedAt')
  })

  it('adds no empty optional field to a site that has none', () => {
    expect(siteDraft(siteFormValues(BARE), BARE)).toEqual(withoutStamps(BARE))
  })

  it('starts a new site as a cultural draft with no id, name or optional field', () => {
    expect(siteDraft(siteFormValues(undefined), undefined)).toEqual({
      name: {},
      statesParties: [],
      regions: [],
      category: 'cultural',
      criteria: [],
      inDanger: false,
      transboundary: false,
      status: 'draft',
    })
  })

  it('trims names and drops the languages left blank', () => {
    const values = siteFormValues(MOGAO)
    values.names = { en: '  Mogao Grottoes ', zh: '莫高窟', fr: '   ' }
    expect(siteDraft(values, MOGAO).name).toEqual({ en: 'Mogao Grottoes', zh: '莫高窟' })
  })

  it('removes the optional fields the curator cleared, and keeps a zero', () => {
    const values = {
      ...siteFormValues(MOGAO),
      unescoId: '',
      yearInscribed: ' ',
      areaHectares: '',
      bufferZoneHectares: '0',
      extensionYears: ['', ' '],
      latitude: '',
      longitude: '',
      reviewNote: '   ',
    }
    const draft = siteDraft(values, MOGAO)
    for (const field of [
      'unescoId',
      'yearInscribed',
      'areaHectares',
      'extensionYears',
      'location',
      'reviewNote',
    ])
      expect(draft, field).not.toHaveProperty(field)
    expect(draft.bufferZoneHectares).toBe(0)
  })

  it('turns typed numbers into numbers, and leaves text that is no number for main to name', () => {
    const values = {
      ...siteFormValues(MOGAO),
      yearInscribed: ' 1988 ',
      extensionYears: ['2000', '', '2001'],
      latitude: '40.5',
      longitude: 'east',
    }
    const draft = siteDraft(values, MOGAO)
    expect(draft.yearInscribed).toBe(1988)
    expect(draft.extensionYears).toEqual([2000, 2001])
    expect(draft.location).toEqual({ latitude: 40.5, longitude: 'east' })
  })

  it('keeps a half-given location, so that main says which coordinate is missing', () => {
    const values = { ...siteFormValues(BARE), latitude: '12', longitude: '' }
    expect(JSON.parse(JSON.stringify(siteDraft(values, BARE).location))).toEqual({ latitude: 12 })
  })

  it('edits copies: changing the form’s lists leaves the site as it was', () => {
    const values = siteFormValues(MOGAO)
    values.statesParties.push('KZ')
    values.criteria.pop()
    values.names.en = 'Changed'
    expect(MOGAO.statesParties).toEqual(['CN'])
    expect(MOGAO.criteria).toHaveLength(6)
    expect(MOGAO.name.en).toBe('Mogao Caves')
  })
})

describe('numbers as typed', () => {
  it('reads numbers, nothing from an empty field, and keeps anything else as text', () => {
    expect(numberOrText(7)).toBe(7)
    expect(numberOrText(' -3.5 ')).toBe(-3.5)
    expect(numberOrText('0')).toBe(0)
    expect(numberOrText('')).toBeUndefined()
    expect(numberOrText('   ')).toBeUndefined()
    expect(numberOrText('12a')).toBe('12a')
    expect(numberOrText('Infinity')).toBe('Infinity')
  })
})

describe('the languages a site’s names are asked in', () => {
  it('lists the manifest’s languages first, then the others the site has a name in', () => {
    expect(nameLanguages(MOGAO, ['zh', 'en'])).toEqual(['zh', 'en', 'fr'])
    expect(nameLanguages(undefined, ['en', 'zh'])).toEqual(['en', 'zh'])
  })

  it('asks for English when neither the manifest nor the site names a language', () => {
    expect(nameLanguages(undefined, [])).toEqual(['en'])
    expect(nameLanguages({ ...BARE, name: {} }, [])).toEqual(['en'])
  })

  it('has a field path for each language’s name', () => {
    const paths = siteFieldPaths(['en', 'zh'])
    expect(paths).toEqual(expect.arrayContaining(['/name', '/name/en', '/name/zh', '/location/latitude']))
    expect(paths).not.toContain('/name/fr')
  })
})
