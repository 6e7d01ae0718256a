import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Property, Site, Source, Statement } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import { fieldLabel } from '@shared/field-labels'
import { createSchemaValidators } from './ajv'
import { checkSourceDates, checkStatementIntegrity, type RecordLookup } from './integrity'
import { toIssues } from './messages'
import { readKind } from '../../../tests/support/dataset-files'
import { SAMPLE_DIR } from '../../../tests/support/temp-dataset'

const sites: Site[] = await readKind(SAMPLE_DIR, 'site')
const sources: Source[] = await readKind(SAMPLE_DIR, 'source')
const properties: Property[] = await readKind(SAMPLE_DIR, 'property')
const statement = (await readKind(SAMPLE_DIR, 'statement'))[0] as Statement

const lookup: RecordLookup = {
  get: (kind, id) =>
    ({ site: sites, source: sources, property: properties, statement: [] })[kind].find(
      (r) => r.id === id,
    ) as never,
}

type Tree = { [key: string]: string | Tree }
const english = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../renderer/src/i18n/locales/en/rules.json'), 'utf8'),
) as Tree
const at = (key: string) =>
  key
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      english,
    )

/** What the renderer says in English from the issue's rule and params: must be main's message. */
function rendered(issue: ValidationIssue): string {
  const params: Record<string, string | number> = { ...issue.params }
  let key = `message.${issue.rule}`
  if (issue.rule.startsWith('schema.')) {
    const keyword = issue.rule.slice(7)
    key = `schema.message.${keyword}${keyword === 'minItems' ? (params.count === 1 ? '_one' : '_other') : ''}`
    params.field = fieldLabel(issue.path)
    for (const word of ['type', 'format', 'hint']) {
      if (params[word] !== undefined) params[word] = at(`schema.${word}.${params[word]}`) as string
    }
  }
  if (typeof params.context === 'string') key += `_${params.context}`
  const template = at(key)
  expect(typeof template, key).toBe('string')
  return (template as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]))
}

const validators = createSchemaValidators()
const mogao = sites.find((s) => s.id === 'whc-440') as Site
const siteIssues = (site: unknown) => toIssues(validators.validate('site', site))

describe('issues carry the values of their messages', () => {
  it('integrity issues name the missing site, source and property, and the wrong datatype', () => {
    const broken: Statement = {
      ...statement,
      subject: { kind: 'site', id: 'whc-none' },
      property: 'no-such-property',
      qualifiers: [{ property: 'point-in-time', value: { type: 'quantity', amount: 3 } as never }],
      references: [{ source: 'no-such-source' }],
    }
    const issues = checkStatementIntegrity(broken, lookup)
    expect(issues.map((i) => [i.rule, i.params])).toEqual([
      ['integrity.site-exists', { id: 'whc-none' }],
      ['integrity.property-exists', { id: 'no-such-property' }],
      ['integrity.value-matches-datatype', { property: 'point in time', datatype: 'time', type: 'quantity' }],
      ['integrity.source-exists', { id: 'no-such-source' }],
    ])
    for (const issue of issues) expect(rendered(issue)).toBe(issue.message)
  })

  it('a date that does not exist names its month or day', () => {
    const issues = checkSourceDates({
      ...(sources[0] as Source),
      issued: { 'date-parts': [[2024, 13]] },
      accessed: { 'date-parts': [[2024, 2, 30]] },
    })
    expect(issues.map((i) => i.params)).toEqual([
      { context: 'month', month: 13 },
      { context: 'day', day: 30, month: '2' },
    ])
    for (const issue of issues) expect(rendered(issue)).toBe(issue.message)
  })

  it('the criteria check says which of its wordings applies', () => {
    const issues = [
      ...siteIssues({ ...mogao, criteria: ['i', 'vii'] }),
      ...siteIssues({ ...mogao, category: 'natural', criteria: ['vii', 'ii'] }),
      ...siteIssues({ ...mogao, category: 'mixed', criteria: ['vii'] }),
      ...siteIssues({ ...mogao, category: 'mixed', criteria: ['i'] }),
    ]
    expect(issues.map((i) => i.params?.context)).toEqual([
      'natural-on-cultural',
      'cultural-on-natural',
      'mixed-needs-cultural',
      'mixed-needs-natural',
    ])
    for (const issue of issues) expect(rendered(issue)).toBe(issue.message)
  })

  it('schema issues carry limits, values, types, formats and pattern hints', () => {
    const issues = [
      ...siteIssues({ ...mogao, yearInscribed: 1850 }),
      ...siteIssues({ ...mogao, yearInscribed: 'then' }),
      ...siteIssues({ ...mogao, category: 'marine' }),
      ...siteIssues({ ...mogao, statesParties: ['cn'] }),
      ...siteIssues({ ...mogao, criteria: [] }),
      ...toIssues(validators.validate('source', { ...sources[0], URL: 'whc.unesco.org' })),
    ]
    const byRule = Object.fromEntries(issues.map((i) => [i.rule, i.params]))
    expect(byRule).toMatchObject({
      'schema.minimum': { limit: 1900, value: '1850' },
      'schema.type': { type: 'integer' },
      'schema.enum': { value: '“marine”' },
      'schema.pattern': { value: '“cn”', hint: 'country' },
      'schema.minItems': { count: 1 },
      'schema.format': { format: 'uri' },
    })
    for (const issue of issues) expect(rendered(issue), issue.rule).toBe(issue.message)
  })
})
