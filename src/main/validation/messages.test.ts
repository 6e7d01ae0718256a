import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { createSchemaValidators } from './ajv'
import { toIssues } from './messages'
import { readKind } from '../../../tests/support/dataset-files'
import { SAMPLE_DIR } from '../../../tests/support/temp-dataset'

const validators = createSchemaValidators()
const sites = await readKind(SAMPLE_DIR, 'site')
const mogao = sites.find((s) => s.id === 'whc-440') as Site

function issuesFor(kind: 'site' | 'source' | 'statement', record: unknown) {
  return toIssues(validators.validate(kind, record))
}

describe('site messages', () => {
  it('accepts every site of the sample', () => {
    for (const site of sites) expect(issuesFor('site', site)).toEqual([])
  })

  it('names a natural criterion given to a cultural site, at its index', () => {
    expect(issuesFor('site', { ...mogao, criteria: ['i', 'vii'] })).toEqual([
      {
        path: '/criteria/1',
        message: 'Criterion (vii) is a natural criterion; a cultural site takes (i) to (vi).',
        rule: 'site.criteria-match-category',
        severity: 'error',
        params: { context: 'natural-on-cultural', criterion: 'vii' },
      },
    ])
  })

  it('names a cultural criterion given to a natural site', () => {
    const [issue] = issuesFor('site', { ...mogao, category: 'natural', criteria: ['vii', 'ii'] })
    expect(issue?.message).toBe('Criterion (ii) is a cultural criterion; a natural site takes (vii) to (x).')
  })

  it('asks a mixed site for criteria of both kinds', () => {
    const messages = issuesFor('site', { ...mogao, category: 'mixed', criteria: ['i'] }).map((i) => i.message)
    expect(messages).toEqual(['A mixed site needs at least one natural criterion, (vii) to (x).'])
  })

  it('explains a malformed country code and a year out of range', () => {
    const issues = issuesFor('site', { ...mogao, statesParties: ['cn'], yearInscribed: 1850 })
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        '/statesParties/0',
        '“cn” is not valid for States parties: expected a two-letter ISO 3166-1 country code in capitals, such as CN.',
      ],
      ['/yearInscribed', 'Year inscribed must be at least 1900; it is 1850.'],
    ])
  })

  it('points at a missing field and an unknown one by their own paths', () => {
    const { name: _name, ...nameless } = mogao
    const issues = issuesFor('site', { ...nameless, colour: 'red' })
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['/name', 'Name is required.'],
      ['/colour', '“colour” is not a field of this record.'],
    ])
  })

  it('asks for a name in at least one language, and refuses an empty one', () => {
    expect(issuesFor('site', { ...mogao, name: {} }).map((i) => i.message)).toEqual([
      'Name needs at least one language.',
    ])
    expect(issuesFor('site', { ...mogao, name: { en: '' } })[0]).toMatchObject({
      path: '/name/en',
      message: 'Name (en) must not be empty.',
    })
  })
})

describe('source and statement messages', () => {
  const source = {
    id: 'src-1',
    type: 'webpage',
    title: 'A page',
    status: 'draft',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  }

  it('asks for a full URL', () => {
    expect(issuesFor('source', { ...source, URL: 'whc.unesco.org' })[0]).toMatchObject({
      path: '/URL',
      message: 'URL must be a full web address, such as https://whc.unesco.org/en/list/.',
    })
  })

  it('checks only the branch a value is tagged with', () => {
    const statement = {
      id: 'stmt-1',
      subject: { kind: 'country', code: 'CN' },
      property: 'world-heritage-site-count',
      value: { type: 'quantity', amount: 'fifty-seven' },
      qualifiers: [],
      references: [],
      rank: 'normal',
      status: 'draft',
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    }
    expect(issuesFor('statement', statement)).toEqual([
      {
        path: '/value/amount',
        message: 'Amount must be a number.',
        rule: 'schema.type',
        severity: 'error',
        params: { type: 'number' },
      },
    ])
  })
})
