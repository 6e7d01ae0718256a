import { describe, expect, it } from 'vitest'
import type { Property, Site, Source, Statement } from '@shared/domain'
import { qsTime, quickStatements } from '../../src/main/exchange/quickstatements'
import { siteRecord } from '../support/records'

const T = {
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  status: 'approved' as const,
}
const site = (id: string, wikidataId?: string): Site =>
  siteRecord(id, { ...(wikidataId ? { wikidataId } : {}), ...T })
const properties: Property[] = [
  { id: 'area', label: { en: 'area' }, datatype: 'quantity', unit: 'hectare', wikidataProperty: 'P2046' },
  { id: 'point-in-time', label: { en: 'point in time' }, datatype: 'time', wikidataProperty: 'P585' },
  { id: 'website', label: { en: 'website' }, datatype: 'url', wikidataProperty: 'P856' },
  { id: 'local-note', label: { en: 'note' }, datatype: 'string' },
]
const sources: Source[] = [
  {
    id: 'unesco',
    type: 'dataset',
    title: 'World Heritage List',
    URL: 'https://whc.unesco.org/en/list/',
    accessed: { 'date-parts': [[2024, 7, 31]] },
    language: 'en',
    ...T,
  },
  {
    id: 'xinhua',
    type: 'article-newspaper',
    title: 'China expects more exchanges',
    issued: { 'date-parts': [[2024, 6, 12]] },
    language: 'en',
    ...T,
  },
]
const statement = (
  id: string,
  subject: string,
  property: string,
  value: Statement['value'],
  references: Statement['references'],
): Statement => ({
  id,
  subject: { kind: 'site', id: subject },
  property,
  value,
  qualifiers: [{ property: 'point-in-time', value: { type: 'time', time: '+2024-06-11', precision: 'day' } }],
  references,
  rank: 'normal',
  ...T,
})

describe('QuickStatements V1', () => {
  it('writes qualifiers and EVERY reference, one command per reference', () => {
    const { text, skipped } = quickStatements({
      site: [site('whc-1001', 'Q1133408'), site('whc-2', undefined)],
      source: sources,
      property: properties,
      statement: [
        statement('s1', 'whc-1001', 'area', { type: 'quantity', amount: 12.5 }, [
          { source: 'unesco', quote: 'Area: 12.5 ha', locator: { label: 'page', value: '3' } },
          { source: 'xinhua', quote: 'We now have 57 world heritage sites' },
        ]),
        statement('s2', 'whc-2', 'area', { type: 'quantity', amount: 1 }, []),
        statement('s3', 'whc-1001', 'local-note', { type: 'string', text: 'x' }, []),
      ],
    })
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Q1133408\tP2046\t12.5U35852\tP585\t+2024-06-11T00:00:00Z/11\tS854\t"https://whc.unesco.org/en/list/"\tS813\t+2024-07-31T00:00:00Z/11\tS1683\ten:"Area: 12.5 ha"\tS304\t"3"',
      'Q1133408\tP2046\t12.5U35852\tP585\t+2024-06-11T00:00:00Z/11\tS1476\ten:"China expects more exchanges"\tS577\t+2024-06-12T00:00:00Z/11\tS1683\ten:"We now have 57 world heritage sites"',
    ])
    expect(skipped).toEqual([
      { id: 's2', reason: 'its site “whc-2” has no Wikidata item' },
      { id: 's3', reason: 'property “local-note” has no Wikidata property' },
    ])
  })

  it('writes Wikibase times with their precision', () => {
    expect(qsTime('+1985', 'year')).toBe('+1985-00-00T00:00:00Z/9')
    expect(qsTime('-0221', 'year')).toBe('-0221-00-00T00:00:00Z/9')
    expect(qsTime('+2024-06', 'month')).toBe('+2024-06-00T00:00:00Z/10')
  })
})

describe('QuickStatements: quotes, countries and what is left out', () => {
  const countryStatement = (id: string, code: string, text: string): Statement => ({
    id,
    subject: { kind: 'country', code },
    property: 'local-name',
    value: { type: 'string', text },
    qualifiers: [],
    references: [],
    rank: 'normal',
    ...T,
  })
  const props: Property[] = [
    ...properties,
    { id: 'local-name', label: { en: 'name' }, datatype: 'string', wikidataProperty: 'P1448' },
    { id: 'member-of', label: { en: 'part of' }, datatype: 'item', wikidataProperty: 'P361' },
  ]

  it('keeps a " in strings, writes country statements with the country item, and says what it left out', () => {
    const { text, skipped } = quickStatements({
      site: [site('whc-1001', 'Q1133408'), site('whc-2', undefined)],
      source: sources,
      property: props,
      statement: [
        countryStatement('c1', 'CN', 'The "Middle" Kingdom'),
        countryStatement('c2', 'XX', 'nowhere'),
        statement('s1', 'whc-1001', 'member-of', { type: 'item', item: { kind: 'country', code: 'CN' } }, []),
        statement('s2', 'whc-2', 'local-name', { type: 'string', text: 'x' }, []),
      ],
    })
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Q148\tP1448\t"The "Middle" Kingdom"',
      'Q1133408\tP361\tQ148\tP585\t+2024-06-11T00:00:00Z/11',
    ])
    expect(skipped).toEqual([
      { id: 'c2', reason: 'country XX has no Wikidata item in the table' },
      { id: 's2', reason: 'its site “whc-2” has no Wikidata item' },
    ])
  })
})
