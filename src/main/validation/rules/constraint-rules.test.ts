/**
 * Every constraint kind, as data on a property or in the identifier table: a record that passes,
 * one that fails, the severity the constraint declares, main's English message, and the message
 * the interface shows in English and in Chinese (the renderer's own function, over its own strings).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import type { Property, Site, Source, Statement } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import { copySample } from '../../../../tests/support/temp-dataset'
import { DatasetStore } from '../../dataset/dataset-store'
import { contextOver } from '../../exchange/gate'
import { constraintMessage } from '@shared/constraint-text'
import { createSchemaValidators } from '../ajv'
import { recordIssues } from '../record-issues'

const validators = createSchemaValidators()
const store = await DatasetStore.open(await copySample(), validators, { readOnly: true })
const sample = store.snapshot()
const mogao = store.get('site', 'whc-440') as Site
const greatWall = store.get('site', 'whc-438') as Site
const xinhua = store.get('source', 'xinhua-2024-06-12') as Source
const whcList = store.get('source', 'unesco-world-heritage-list-2024') as Source
const count = store.get('statement', 'stmt-cn-world-heritage-site-count-2024') as Statement

/** The renderer's strings, as its bundle holds them: every namespace of both languages. */
const LOCALES = path.join(import.meta.dirname, '../../../renderer/src/i18n/locales')
const resources = Object.fromEntries(
  ['en', 'zh-Hans'].map((language) => [
    language,
    Object.fromEntries(
      readdirSync(path.join(LOCALES, language)).map((file) => [
        file.replace(/\.json$/, ''),
        JSON.parse(readFileSync(path.join(LOCALES, language, file), 'utf8')) as object,
      ]),
    ),
  ]),
)

async function translator(lng: string) {
  const i18n = i18next.createInstance()
  await i18n.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } })
  return i18n
}
const en = await translator('en')
const zh = await translator('zh-Hans')

/** A property of the kinds the cases need: a web identifier, a count, a year. */
function property(id: string, extra: Partial<Property>): Property {
  return {
    id,
    label: { en: id.replace(/-/g, ' '), zh: id },
    datatype: 'string',
    subjects: ['site'],
    ...extra,
  }
}

function statement(id: string, extra: Partial<Statement>): Statement {
  return { ...count, id, qualifiers: [], references: [{ source: xinhua.id }], rank: 'normal', ...extra }
}

/** The sample with these records added or put in place, as the rules see a dataset. */
function dataset(extra: {
  site?: Site[]
  source?: Source[]
  property?: Property[]
  statement?: Statement[]
}) {
  const put = <R extends { id: string }>(base: R[], more: R[] = []) => {
    const ids = new Set(more.map((r) => r.id))
    return [...base.filter((r) => !ids.has(r.id)), ...more]
  }
  return contextOver(store.manifest, {
    site: put(sample.site, extra.site),
    source: put(sample.source, extra.source),
    property: put(sample.property, extra.property),
    statement: put(sample.statement, extra.statement),
  })
}

function issuesOf(context: ReturnType<typeof dataset>, kind: RecordKind, record: unknown, rule: string) {
  return recordIssues(validators, context, kind, record as never).filter((i) => i.rule === rule)
}

interface Case {
  name: string
  rule: string
  kind: RecordKind
  pass: { context: ReturnType<typeof dataset>; record: unknown }
  fail: { context: ReturnType<typeof dataset>; record: unknown }
  severity: ValidationIssue['severity']
  path: string
  message: string
  english: string
  chinese: RegExp
  related?: { kind: RecordKind; id: string }
}

const webId = property('heritage-register-id', {
  constraints: [
    { type: 'unique', severity: 'error' },
    { type: 'single-value', severity: 'warning' },
    { type: 'pattern', severity: 'error', pattern: '[A-Z]{2}-[0-9]{3}' },
  ],
})
const visitors = property('annual-visitors', {
  datatype: 'quantity',
  constraints: [
    { type: 'range', severity: 'warning', minimum: 0, maximum: 100_000_000 },
    { type: 'required-qualifiers', severity: 'warning', properties: ['point-in-time'] },
  ],
})
const floor = property('minimum-count', {
  datatype: 'quantity',
  constraints: [{ type: 'range', severity: 'error', minimum: 1 }],
})
const founded = property('founded', {
  datatype: 'time',
  constraints: [{ type: 'range', severity: 'error', maximum: 2025 }],
})
const glacier = property('glacier-area', {
  datatype: 'quantity',
  constraints: [{ type: 'allowed-subjects', severity: 'error', categories: ['natural', 'mixed'] }],
})
const countryOnly = property('country-only', {
  subjects: ['country'],
  datatype: 'quantity',
  constraints: [{ type: 'allowed-subjects', severity: 'warning' }],
})
const onMogao = (id: string, value: string) =>
  statement(id, {
    subject: { kind: 'site', id: mogao.id },
    property: webId.id,
    value: { type: 'string', text: value },
  })
const visitorsOf = (id: string, amount: number, qualified: boolean) =>
  statement(id, {
    subject: { kind: 'site', id: mogao.id },
    property: visitors.id,
    value: { type: 'quantity', amount },
    qualifiers: qualified
      ? [{ property: 'point-in-time', value: { type: 'time', time: '+2023', precision: 'year' } }]
      : [],
  })
const withProperties = dataset({ property: [webId, visitors, floor, founded, glacier, countryOnly] })

const cases: Case[] = [
  {
    name: 'a UNESCO id another site has',
    rule: 'constraint.unique',
    kind: 'site',
    pass: { context: dataset({}), record: { ...mogao, id: 'site-new', unescoId: 99999 } },
    fail: { context: dataset({}), record: { ...mogao, id: 'site-new', name: { en: 'Copy' } } },
    severity: 'error',
    path: '/unescoId',
    message: 'UNESCO id 440 is already used by “Mogao Caves”.',
    english: 'UNESCO id 440 is already used by “Mogao Caves”.',
    chinese: /^UNESCO 编号 440 已被“Mogao Caves”使用。$/,
    related: { kind: 'site', id: 'whc-440' },
  },
  {
    name: 'a Wikidata item another site has',
    rule: 'constraint.unique',
    kind: 'site',
    pass: {
      context: dataset({ site: [{ ...greatWall, wikidataId: 'Q12501' }] }),
      record: { ...mogao, wikidataId: 'Q180969' },
    },
    fail: {
      context: dataset({ site: [{ ...greatWall, wikidataId: 'Q12501' }] }),
      record: { ...mogao, wikidataId: 'Q12501' },
    },
    severity: 'error',
    path: '/wikidataId',
    message: 'Wikidata item Q12501 is already used by “The Great Wall”.',
    english: 'Wikidata item Q12501 is already used by “The Great Wall”.',
    chinese: /^Wikidata 条目 Q12501 已被“The Great Wall”使用。$/,
    related: { kind: 'site', id: 'whc-438' },
  },
  {
    name: 'a DOI another source has, written another way',
    rule: 'constraint.unique',
    kind: 'source',
    pass: {
      context: dataset({ source: [{ ...xinhua, DOI: '10.1234/ABC' }] }),
      record: { ...xinhua, id: 'src-new', DOI: '10.1234/abd' },
    },
    fail: {
      context: dataset({ source: [{ ...xinhua, DOI: '10.1234/ABC' }] }),
      record: { ...xinhua, id: 'src-new', DOI: '10.1234/abc' },
    },
    severity: 'error',
    path: '/DOI',
    message: `DOI 10.1234/abc is already used by “${xinhua.title}”.`,
    english: `DOI 10.1234/abc is already used by “${xinhua.title}”.`,
    chinese: /^DOI 10\.1234\/abc 已被“.+”使用。$/,
    related: { kind: 'source', id: xinhua.id },
  },
  {
    name: 'an ISBN another source has, hyphenated differently',
    rule: 'constraint.unique',
    kind: 'source',
    pass: {
      context: dataset({ source: [{ ...xinhua, ISBN: '978-7-5010-1234-5' }] }),
      record: { ...xinhua, id: 'src-new', ISBN: '9787501012346' },
    },
    fail: {
      context: dataset({ source: [{ ...xinhua, ISBN: '978-7-5010-1234-5' }] }),
      record: { ...xinhua, id: 'src-new', ISBN: '9787501012345' },
    },
    severity: 'error',
    path: '/ISBN',
    message: `ISBN 9787501012345 is already used by “${xinhua.title}”.`,
    english: `ISBN 9787501012345 is already used by “${xinhua.title}”.`,
    chinese: /^ISBN 9787501012345 已被“.+”使用。$/,
    related: { kind: 'source', id: xinhua.id },
  },
  {
    name: 'the same web page cited as two sources (a warning)',
    rule: 'constraint.unique',
    kind: 'source',
    pass: {
      context: dataset({}),
      record: { ...xinhua, id: 'src-new', URL: 'https://whc.unesco.org/en/list/440' },
    },
    fail: {
      context: dataset({}),
      record: { ...xinhua, id: 'src-new', URL: 'https://WHC.unesco.org/en/list' },
    },
    severity: 'warning',
    path: '/URL',
    message: 'URL https://WHC.unesco.org/en/list is already used by “World Heritage List”.',
    english: 'URL https://WHC.unesco.org/en/list is already used by “World Heritage List”.',
    chinese: /^网址 https:\/\/WHC\.unesco\.org\/en\/list 已被“World Heritage List”使用。$/,
    related: { kind: 'source', id: whcList.id },
  },
  {
    name: 'an ISBN with a digit too many',
    rule: 'constraint.pattern',
    kind: 'source',
    pass: { context: dataset({}), record: { ...xinhua, ISBN: '7-5010-1234-X' } },
    fail: { context: dataset({}), record: { ...xinhua, ISBN: '978-7-5010-1234-56' } },
    severity: 'warning',
    path: '/ISBN',
    message: 'ISBN “978-7-5010-1234-56” is not in the form it should have.',
    english: 'ISBN “978-7-5010-1234-56” is not in the form it should have.',
    chinese: /^ISBN“978-7-5010-1234-56”的格式不正确。$/,
  },
  {
    name: 'a statement value another subject has (unique)',
    rule: 'constraint.unique',
    kind: 'statement',
    pass: {
      context: dataset({ property: [webId], statement: [onMogao('stmt-a', 'CN-001')] }),
      record: { ...onMogao('stmt-b', 'CN-002'), subject: { kind: 'site', id: greatWall.id } },
    },
    fail: {
      context: dataset({ property: [webId], statement: [onMogao('stmt-a', 'CN-001')] }),
      record: { ...onMogao('stmt-b', 'CN-001'), subject: { kind: 'site', id: greatWall.id } },
    },
    severity: 'error',
    path: '/value',
    message:
      '“heritage register id” takes a value no other subject has, but CN-001 is also the value for “Mogao Caves”.',
    english:
      '“heritage register id” takes a value no other subject has, but CN-001 is also the value for “Mogao Caves”.',
    chinese: /^“heritage register id”的值不应与其他主体重复，但 CN-001 也是“Mogao Caves”的值。$/,
    related: { kind: 'statement', id: 'stmt-a' },
  },
  {
    name: 'a second value for one subject (single value, a warning)',
    rule: 'constraint.single-value',
    kind: 'statement',
    pass: {
      context: dataset({ property: [webId], statement: [onMogao('stmt-a', 'CN-001')] }),
      record: { ...onMogao('stmt-b', 'CN-002'), subject: { kind: 'site', id: greatWall.id } },
    },
    fail: {
      context: dataset({ property: [webId], statement: [onMogao('stmt-a', 'CN-001')] }),
      record: onMogao('stmt-b', 'CN-002'),
    },
    severity: 'warning',
    path: '/property',
    message:
      '“heritage register id” takes one value per subject, and “Mogao Caves” already has another: CN-001.',
    english:
      '“heritage register id” takes one value per subject, and “Mogao Caves” already has another: CN-001.',
    chinese: /^“heritage register id”每个主体只取一个值，而“Mogao Caves”已有另一个值：CN-001。$/,
    related: { kind: 'statement', id: 'stmt-a' },
  },
  {
    name: 'a value not in the form the property requires',
    rule: 'constraint.pattern',
    kind: 'statement',
    pass: { context: withProperties, record: onMogao('stmt-b', 'CN-123') },
    fail: { context: withProperties, record: onMogao('stmt-b', 'CN-12') },
    severity: 'error',
    path: '/value/text',
    message: '“CN-12” is not in the form “heritage register id” requires.',
    english: '“CN-12” is not in the form “heritage register id” requires.',
    chinese: /^“CN-12”不符合“heritage register id”要求的格式。$/,
  },
  {
    name: 'a quantity outside the range (between)',
    rule: 'constraint.range',
    kind: 'statement',
    pass: { context: withProperties, record: visitorsOf('stmt-v', 8_000_000, true) },
    fail: { context: withProperties, record: visitorsOf('stmt-v', -5, true) },
    severity: 'warning',
    path: '/value/amount',
    message: '-5 is outside the range “annual visitors” allows: 0 to 100000000.',
    english: '-5 is outside the range “annual visitors” allows: 0 to 100000000.',
    chinese: /^-5 超出了“annual visitors”允许的范围：0 至 100000000。$/,
  },
  {
    name: 'a quantity below the minimum (at least)',
    rule: 'constraint.range',
    kind: 'statement',
    pass: {
      context: withProperties,
      record: { ...visitorsOf('stmt-v', 1, true), property: floor.id },
    },
    fail: {
      context: withProperties,
      record: { ...visitorsOf('stmt-v', 0, true), property: floor.id },
    },
    severity: 'error',
    path: '/value/amount',
    message: '“minimum count” takes at least 1; this is 0.',
    english: '“minimum count” takes at least 1; this is 0.',
    chinese: /^“minimum count”的值至少为 1；此处为 0。$/,
  },
  {
    name: 'a date after the maximum year (at most)',
    rule: 'constraint.range',
    kind: 'statement',
    pass: {
      context: withProperties,
      record: statement('stmt-f', {
        subject: { kind: 'site', id: mogao.id },
        property: founded.id,
        value: { type: 'time', time: '-0366', precision: 'year' },
      }),
    },
    fail: {
      context: withProperties,
      record: statement('stmt-f', {
        subject: { kind: 'site', id: mogao.id },
        property: founded.id,
        value: { type: 'time', time: '+2031-05-01', precision: 'day' },
      }),
    },
    severity: 'error',
    path: '/value/time',
    message: '“founded” takes at most 2025; this is 2031.',
    english: '“founded” takes at most 2025; this is 2031.',
    chinese: /^“founded”的值至多为 2025；此处为 2031。$/,
  },
  {
    name: 'a statement without the qualifier its property requires',
    rule: 'constraint.required-qualifiers',
    kind: 'statement',
    pass: { context: withProperties, record: visitorsOf('stmt-v', 8_000_000, true) },
    fail: { context: withProperties, record: visitorsOf('stmt-v', 8_000_000, false) },
    severity: 'warning',
    path: '/qualifiers',
    message: '“annual visitors” needs a “point in time” qualifier.',
    english: '“annual visitors” needs a “point in time” qualifier.',
    chinese: /^“annual visitors”需要一个“point in time”限定符。$/,
  },
  {
    name: 'a site of a category the property is not for',
    rule: 'constraint.allowed-subjects',
    kind: 'statement',
    pass: {
      context: withProperties,
      record: statement('stmt-g', {
        subject: { kind: 'site', id: 'whc-1083' },
        property: glacier.id,
        value: { type: 'quantity', amount: 3 },
      }),
    },
    fail: {
      context: withProperties,
      record: statement('stmt-g', {
        subject: { kind: 'site', id: mogao.id },
        property: glacier.id,
        value: { type: 'quantity', amount: 3 },
      }),
    },
    severity: 'error',
    path: '/subject',
    message: '“glacier area” is not meant for cultural sites.',
    english: '“glacier area” is not meant for Cultural sites.',
    chinese: /^“glacier area”不适用于类别为“文化遗产”的遗产地。$/,
  },
  {
    name: 'a subject of a kind the property is not for',
    rule: 'constraint.allowed-subjects',
    kind: 'statement',
    pass: {
      context: withProperties,
      record: { ...count, property: countryOnly.id },
    },
    fail: {
      context: withProperties,
      record: { ...count, property: countryOnly.id, subject: { kind: 'site', id: mogao.id } },
    },
    severity: 'warning',
    path: '/subject',
    message: '“country only” is not meant for this kind of subject.',
    english: '“country only” is not meant for this kind of subject.',
    chinese: /^“country only”不适用于这类主体。$/,
  },
  {
    name: 'a qualifier-only property as the statement’s property',
    rule: 'constraint.qualifier-only',
    kind: 'statement',
    pass: { context: dataset({}), record: count },
    fail: {
      context: dataset({
        property: [{ ...(store.get('property', 'point-in-time') as Property), qualifierOnly: true }],
      }),
      record: {
        ...count,
        property: 'point-in-time',
        value: { type: 'time', time: '+2024', precision: 'year' },
      },
    },
    severity: 'error',
    path: '/property',
    message:
      '“point in time” is a qualifier: add it to another statement rather than make a statement of it.',
    english:
      '“point in time” is a qualifier: add it to another statement rather than make a statement of it.',
    chinese: /^“point in time”是限定符/,
  },
  {
    name: 'a statement that uses a retired property',
    rule: 'constraint.retired-property',
    kind: 'statement',
    pass: { context: dataset({}), record: count },
    fail: {
      context: dataset({
        property: [{ ...(store.get('property', count.property) as Property), retired: true }],
      }),
      record: count,
    },
    severity: 'warning',
    path: '/property',
    message: '“number of World Heritage sites” is retired: move this statement to another property.',
    english: '“number of World Heritage sites” is retired: move this statement to another property.',
    chinese: /^“number of World Heritage sites”已停用/,
  },
  {
    name: 'a property whose pattern is not a regular expression',
    rule: 'property.constraint-valid',
    kind: 'property',
    pass: { context: dataset({}), record: webId },
    fail: {
      context: dataset({}),
      record: { ...webId, constraints: [{ type: 'pattern', severity: 'error', pattern: '[A-Z' }] },
    },
    severity: 'error',
    path: '/constraints/0/pattern',
    message: 'The pattern “[A-Z” cannot be read: /^(?:[A-Z)$/u: Unterminated character class.',
    english: 'The pattern “[A-Z” cannot be read: /^(?:[A-Z)$/u: Unterminated character class.',
    chinese: /^无法读取格式“\[A-Z”/,
  },
  {
    name: 'a property whose range is upside down',
    rule: 'property.constraint-valid',
    kind: 'property',
    pass: { context: dataset({}), record: visitors },
    fail: {
      context: dataset({}),
      record: { ...visitors, constraints: [{ type: 'range', severity: 'error', minimum: 10, maximum: 1 }] },
    },
    severity: 'error',
    path: '/constraints/0/minimum',
    message: 'The minimum 10 is above the maximum 1.',
    english: 'The minimum 10 is above the maximum 1.',
    chinese: /^最小值 10 大于最大值 1。$/,
  },
  {
    name: 'a property that requires a qualifier the dataset does not have',
    rule: 'property.constraint-valid',
    kind: 'property',
    pass: { context: dataset({}), record: visitors },
    fail: {
      context: dataset({}),
      record: {
        ...visitors,
        constraints: [{ type: 'required-qualifiers', severity: 'warning', properties: ['no-such'] }],
      },
    },
    severity: 'error',
    path: '/constraints/0/properties/0',
    message: 'The required qualifier “no-such” is not a property of this dataset.',
    english: 'The required qualifier “no-such” is not a property of this dataset.',
    chinese: /^必需的限定符“no-such”不是本数据集的属性。$/,
  },
  {
    name: 'a property without a label in a dataset language',
    rule: 'property.label-in-required-languages',
    kind: 'property',
    pass: { context: dataset({}), record: webId },
    fail: { context: dataset({}), record: { ...webId, label: { en: 'heritage register id' } } },
    severity: 'suggestion',
    path: '/label/zh',
    message: 'The dataset asks for labels in zh; this property has none.',
    english: 'The dataset asks for labels in Chinese; this property has none.',
    chinese: /^数据集要求提供中文标签；此属性没有。$/,
  },
]

describe('constraints, each kind passing and failing, in both interface languages', () => {
  for (const c of cases) {
    it(`${c.rule}: ${c.name}`, () => {
      expect(issuesOf(c.pass.context, c.kind, c.pass.record, c.rule)).toEqual([])
      const found = issuesOf(c.fail.context, c.kind, c.fail.record, c.rule)
      expect(found).toHaveLength(1)
      const issue = found[0] as ValidationIssue
      expect(issue).toMatchObject({ severity: c.severity, path: c.path, message: c.message })
      if (c.related) expect(issue.related).toMatchObject(c.related)
      expect(constraintMessage(en, issue)).toBe(c.english)
      const chinese = constraintMessage(zh, issue) ?? ''
      expect(chinese).toMatch(c.chinese)
      expect(chinese).toMatch(/[\u4e00-\u9fff]/)
    })
  }

  it('a deprecated value counts for neither unique nor single value', () => {
    const context = dataset({
      property: [webId],
      statement: [{ ...onMogao('stmt-a', 'CN-001'), rank: 'deprecated' }],
    })
    const again = onMogao('stmt-b', 'CN-001')
    expect(issuesOf(context, 'statement', again, 'constraint.unique')).toEqual([])
    expect(issuesOf(context, 'statement', again, 'constraint.single-value')).toEqual([])
  })

  it('names the same other holder from every side: the first by id', () => {
    const copies = ['site-b', 'site-c'].map((id) => ({ ...mogao, id }))
    const context = dataset({ site: copies })
    const named = (site: Site) => issuesOf(context, 'site', site, 'constraint.unique')[0]?.related?.id
    expect([named(mogao), named(copies[0] as Site), named(copies[1] as Site)]).toEqual([
      'site-b',
      'site-c',
      'site-b',
    ])
  })

  it('a warning from a constraint can be acknowledged; an error cannot', () => {
    const acknowledged = {
      ...xinhua,
      id: 'src-new',
      URL: whcList.URL,
      acknowledgements: [
        { rule: 'constraint.unique', path: '/URL', reason: 'Second visit', by: 'Lin', at: count.createdAt },
      ],
    }
    const [issue] = issuesOf(dataset({}), 'source', acknowledged, 'constraint.unique')
    expect(issue?.acknowledged).toMatchObject({ reason: 'Second visit', by: 'Lin' })
    const doi = {
      ...acknowledged,
      DOI: '10.1234/x',
      acknowledgements: [{ ...acknowledged.acknowledgements[0], path: '/DOI' }],
    }
    const context = dataset({ source: [{ ...xinhua, DOI: '10.1234/X' }] })
    const [error] = issuesOf(context, 'source', doi, 'constraint.unique').filter((i) => i.path === '/DOI')
    expect(error?.severity).toBe('error')
    expect(error?.acknowledged).toBeUndefined()
  })
})
