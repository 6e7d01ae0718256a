import { describe, expect, it } from 'vitest'
import type { Site, Source, Statement } from '@shared/domain'
import { DatasetStore } from '../../dataset/dataset-store'
import { copySample } from '../../../../tests/support/temp-dataset'
import { createSchemaValidators } from '../ajv'
import { RULES, ruleIssues } from './index'

const store = await DatasetStore.open(await copySample(), createSchemaValidators(), { readOnly: true })
const mogao = store.get('site', 'whc-440') as Site
const xinhua = store.get('source', 'xinhua-2024-06-12') as Source
const count = store.get('statement', 'stmt-cn-world-heritage-site-count-2024') as Statement

function hits(kind: 'site' | 'source' | 'statement', record: unknown, rule: string) {
  return ruleIssues(kind, record as never, store).filter((i) => i.rule === rule)
}

/** For each rule: its severity, a record that passes, one that fails, and the exact message. */
const cases: {
  rule: string
  /** As the README promises: errors block approval and export, warnings can be acknowledged. */
  severity: 'error' | 'warning' | 'suggestion'
  kind: 'site' | 'source' | 'statement'
  pass: unknown
  fail: unknown
  message: string
}[] = [
  {
    rule: 'site.inscribed-before-1978',
    severity: 'error',
    kind: 'site',
    pass: mogao,
    fail: { ...mogao, yearInscribed: 1972 },
    message:
      'Year inscribed 1972 is before 1978, the year of the first inscriptions on the World Heritage List.',
  },
  {
    rule: 'site.transboundary-matches-states',
    severity: 'warning',
    kind: 'site',
    pass: { ...mogao, statesParties: ['CN', 'KZ'], transboundary: true },
    fail: { ...mogao, statesParties: ['CN', 'KZ'], transboundary: false },
    message:
      'Transboundary is off, but the site has 2 states parties: a transboundary site has more than one.',
  },
  {
    rule: 'site.has-state-party',
    severity: 'warning',
    kind: 'site',
    pass: mogao,
    fail: { ...mogao, statesParties: [] },
    message: 'No state party is given: add the ISO code of the country (or countries) where the site lies.',
  },
  {
    rule: 'site.has-location',
    severity: 'warning',
    kind: 'site',
    pass: mogao,
    fail: { ...mogao, location: undefined },
    message: 'The site has no coordinates, so it cannot be shown on the map.',
  },
  {
    rule: 'site.name-in-required-languages',
    severity: 'suggestion',
    kind: 'site',
    pass: mogao,
    fail: { ...mogao, name: { en: 'Mogao Caves' } },
    message: 'The dataset asks for names in zh; this site has none.',
  },
  {
    rule: 'source.url-is-web',
    severity: 'error',
    kind: 'source',
    pass: { ...xinhua, URL: 'https://english.news.cn/' },
    fail: { ...xinhua, URL: 'ftp://example.org/a' },
    message:
      'The URL must start with http:// or https://; “ftp://example.org/a” would not open in a browser.',
  },
  {
    rule: 'source.web-accessed-date',
    severity: 'warning',
    kind: 'source',
    pass: { ...xinhua, URL: 'https://english.news.cn/', accessed: { 'date-parts': [[2024, 6, 12]] } },
    fail: { ...xinhua, URL: 'https://english.news.cn/' },
    message: 'A web source needs the date it was accessed: pages change.',
  },
  {
    rule: 'source.web-archive-link',
    severity: 'suggestion',
    kind: 'source',
    pass: { ...xinhua, URL: 'https://english.news.cn/', custom: { archiveUrl: 'https://web.archive.org/x' } },
    fail: { ...xinhua, URL: 'https://english.news.cn/' },
    message:
      'Add an archive link (for example from the Wayback Machine) so the page can be read if it moves.',
  },
  {
    rule: 'statement.citation-needed',
    severity: 'warning',
    kind: 'statement',
    pass: count,
    fail: { ...count, references: [] },
    message: 'Citation needed: this statement has no reference. Add the source it rests on.',
  },
  {
    rule: 'statement.preferred-needs-point-in-time',
    severity: 'warning',
    kind: 'statement',
    pass: count,
    fail: { ...count, qualifiers: [] },
    message:
      '“number of World Heritage sites” changes over time: a preferred value needs a point-in-time qualifier saying when it held.',
  },
  {
    rule: 'statement.site-count-matches-records',
    severity: 'warning',
    kind: 'statement',
    pass: count,
    fail: { ...count, value: { type: 'quantity', amount: 59 } },
    message:
      'This statement counts 59 sites for CN as of 2024-06-11, but the dataset has 57 site records of CN inscribed by then.',
  },
  {
    rule: 'site.coordinates-in-borders',
    severity: 'warning',
    kind: 'site',
    pass: mogao,
    fail: { ...mogao, location: { latitude: 20, longitude: 140 } },
    message:
      'The point 20, 140 lies about 2131 km outside CN: check the coordinates (swapped latitude and longitude, a missing minus sign) or the states parties.',
  },
]

describe('rules beyond the schema', () => {
  it('has a case here for every rule', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort())
  })

  for (const c of cases) {
    it(`${c.rule}: passes a good record, flags a bad one with its message`, () => {
      expect(hits(c.kind, c.pass, c.rule)).toEqual([])
      const [issue, ...more] = hits(c.kind, c.fail, c.rule)
      expect(more).toEqual([])
      expect(issue?.message).toBe(c.message)
      expect(issue?.severity).toBe(c.severity)
    })
  }

  it('agrees with the article on the sample: 57 sites as of 2024-06-11', () => {
    expect(hits('statement', count, 'statement.site-count-matches-records')).toEqual([])
    const after = {
      ...count,
      qualifiers: [
        { ...count.qualifiers[0], value: { type: 'time', time: '+2024-08-01', precision: 'day' } },
      ],
    }
    expect(hits('statement', after, 'statement.site-count-matches-records')[0]?.params).toMatchObject({
      actual: 59,
    })
  })

  it('keeps an acknowledged warning visible, with its reason', () => {
    const acknowledged = {
      ...mogao,
      location: undefined,
      acknowledgements: [
        {
          rule: 'site.has-location',
          path: '/location',
          reason: 'Serial site',
          by: 'Lin',
          at: '2026-01-01T00:00:00Z',
        },
      ],
    }
    expect(hits('site', acknowledged, 'site.has-location')[0]?.acknowledged).toEqual({
      reason: 'Serial site',
      by: 'Lin',
      at: '2026-01-01T00:00:00Z',
    })
  })
})
