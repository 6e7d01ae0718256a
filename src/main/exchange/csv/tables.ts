import type { Manifest, Property, Site, Source, Statement } from '@shared/domain'
import type { Collections } from '../../dataset/read-dataset'
import { joinList } from './list-field'
import { cslDateText, nameText, timeText, valueText } from './values'

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime'
export type Cell = string | number | boolean | undefined

/** One CSV column: its name, its Table Schema type and constraints, and how a record fills it. */
export interface Column<R> {
  name: string
  type: ColumnType
  description?: string
  required?: boolean
  unique?: boolean
  enum?: readonly string[]
  pattern?: string
  /** A list cell (docs/EXCHANGE.md): items joined by `;`. */
  list?: boolean
  /** Values checked against a pattern that cannot start a formula: written as they are. */
  inert?: boolean
  /** The cell of a record's row; `part` numbers the rows of a table with several per record. */
  get(record: R, part: number): Cell
}

export interface ForeignKey {
  fields: string[]
  reference: { resource: string; fields: string[] }
}

/** One CSV file: name, columns, keys and rows. */
export interface Table {
  name: string
  file: string
  description: string
  columns: Column<never>[]
  primaryKey: string[]
  foreignKeys: ForeignKey[]
  /** The records the rows come from, the columns reading their cells from each (`writeCsv`). */
  records: readonly never[]
  /** Rows per record, when not one (a statement's references): parts 0 to n - 1. */
  rowsOf?: (record: never) => number
}

const ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$'
const STATUS = ['draft', 'in-review', 'approved'] as const

function col<R>(
  name: string,
  type: ColumnType,
  get: (r: R, part: number) => Cell,
  extra: Partial<Column<R>> = {},
): Column<R> {
  return { name, type, get, ...extra }
}
const id = <R extends { id: string }>() =>
  col<R>('id', 'string', (r) => r.id, { required: true, unique: true, pattern: ID_PATTERN, inert: true })
/** A list cell: `get`'s items, each read through `text` when given, joined (docs/EXCHANGE.md). */
const list = <R, T = string | number>(
  name: string,
  get: (r: R) => readonly T[] | undefined,
  extra: Partial<Column<R>> = {},
  text?: (item: T) => string | number,
) =>
  col<R>(
    name,
    'string',
    (r) => {
      const items = get(r)
      return items ? joinList(items, text) : undefined
    },
    { list: true, ...extra },
  )
const curation = <
  R extends { status: string; reviewNote?: string; createdAt: string; updatedAt: string },
>() => [
  col<R>('status', 'string', (r) => r.status, { required: true, enum: STATUS, inert: true }),
  col<R>('reviewNote', 'string', (r) => r.reviewNote),
  col<R>('createdAt', 'datetime', (r) => r.createdAt, { required: true }),
  col<R>('updatedAt', 'datetime', (r) => r.updatedAt, { required: true }),
]
const perLanguage = <R>(
  field: string,
  languages: string[],
  get: (r: R) => Record<string, string> | undefined,
) =>
  languages.map((lang) =>
    col<R>(`${field}_${lang}`, 'string', (r) => get(r)?.[lang], { description: `${field} (${lang})` }),
  )

/** The required languages first, then any other language some record uses, sorted. */
function languagesOf(required: readonly string[], maps: (Record<string, string> | undefined)[]): string[] {
  const extra = new Set<string>()
  for (const map of maps) for (const lang of Object.keys(map ?? {})) extra.add(lang)
  for (const lang of required) extra.delete(lang)
  return [...required, ...[...extra].sort()]
}

function siteColumns(records: Site[], manifest: Manifest): Column<Site>[] {
  const names = languagesOf(
    manifest.languages,
    records.map((s) => s.name),
  )
  const descriptions = languagesOf(
    [],
    records.map((s) => s.description),
  )
  return [
    id<Site>(),
    col('unescoId', 'integer', (s) => s.unescoId),
    col('wikidataId', 'string', (s) => s.wikidataId, { pattern: '^Q[1-9][0-9]*$', inert: true }),
    ...perLanguage<Site>('name', names, (s) => s.name),
    list<Site>('statesParties', (s) => s.statesParties, { inert: true }),
    list<Site>('regions', (s) => s.regions, { inert: true }),
    col('category', 'string', (s) => s.category, {
      required: true,
      enum: ['cultural', 'natural', 'mixed'],
      inert: true,
    }),
    list<Site>('criteria', (s) => s.criteria, { required: true, inert: true }),
    col('yearInscribed', 'integer', (s) => s.yearInscribed),
    list<Site>('extensionYears', (s) => s.extensionYears, { inert: true }),
    col('inDanger', 'boolean', (s) => s.inDanger, { required: true }),
    col('latitude', 'number', (s) => s.location?.latitude),
    col('longitude', 'number', (s) => s.location?.longitude),
    col('areaHectares', 'number', (s) => s.areaHectares),
    col('bufferZoneHectares', 'number', (s) => s.bufferZoneHectares),
    col('transboundary', 'boolean', (s) => s.transboundary, { required: true }),
    ...perLanguage<Site>('description', descriptions, (s) => s.description),
    ...curation<Site>(),
  ]
}

function sourceColumns(): Column<Source>[] {
  const text = (name: keyof Source) => col<Source>(name, 'string', (s) => s[name] as string | undefined)
  return [
    id<Source>(),
    col('type', 'string', (s) => s.type, { required: true, inert: true }),
    col('title', 'string', (s) => s.title, { required: true }),
    text('container-title'),
    text('publisher'),
    text('publisher-place'),
    list<Source, CslName>('author', (s) => s.author, {}, nameText),
    col('issued', 'string', (s) => cslDateText(s.issued)),
    col('accessed', 'string', (s) => cslDateText(s.accessed)),
    text('URL'),
    text('DOI'),
    text('ISBN'),
    text('page'),
    col('language', 'string', (s) => s.language, { inert: true }),
    text('note'),
    col('archiveUrl', 'string', (s) => s.custom?.archiveUrl),
    ...curation<Source>(),
  ]
}

function propertyColumns(records: Property[], manifest: Manifest): Column<Property>[] {
  const labels = languagesOf(
    manifest.languages,
    records.map((p) => p.label),
  )
  const descriptions = languagesOf(
    [],
    records.map((p) => p.description),
  )
  return [
    id<Property>(),
    ...perLanguage<Property>('label', labels, (p) => p.label),
    ...perLanguage<Property>('description', descriptions, (p) => p.description),
    col('datatype', 'string', (p) => p.datatype, { required: true, inert: true }),
    col('unit', 'string', (p) => p.unit),
    list<Property>('subjects', (p) => p.subjects, { inert: true }),
    col('expectsPointInTime', 'boolean', (p) => p.expectsPointInTime),
    col('wikidataProperty', 'string', (p) => p.wikidataProperty, { pattern: '^P[1-9][0-9]*$', inert: true }),
  ]
}

function statementColumns(properties: Map<string, Property>): Column<Statement>[] {
  const v = (s: Statement) => s.value
  const unitOf = (s: Statement) => properties.get(s.property)?.unit
  return [
    id<Statement>(),
    col('subject_kind', 'string', (s) => s.subject.kind, {
      required: true,
      enum: ['site', 'country'],
      inert: true,
    }),
    col('subject_site', 'string', (s) => (s.subject.kind === 'site' ? s.subject.id : undefined), {
      inert: true,
    }),
    col('subject_country', 'string', (s) => (s.subject.kind === 'country' ? s.subject.code : undefined), {
      inert: true,
    }),
    col('property', 'string', (s) => s.property, { required: true, pattern: ID_PATTERN, inert: true }),
    col('value_type', 'string', (s) => v(s).type, { required: true, inert: true }),
    col('value_text', 'string', (s) => {
      const x = v(s)
      return x.type === 'string' || x.type === 'monolingual' ? x.text : undefined
    }),
    col(
      'value_language',
      'string',
      (s) => {
        const x = v(s)
        return x.type === 'monolingual' ? x.language : undefined
      },
      { inert: true },
    ),
    col('value_url', 'string', (s) => {
      const x = v(s)
      return x.type === 'url' ? x.url : undefined
    }),
    col('value_amount', 'number', (s) => {
      const x = v(s)
      return x.type === 'quantity' ? x.amount : undefined
    }),
    col('value_unit', 'string', (s) => {
      const x = v(s)
      return x.type === 'quantity' ? (x.unit ?? unitOf(s)) : undefined
    }),
    col(
      'value_time',
      'string',
      (s) => {
        const x = v(s)
        return x.type === 'time' ? timeText(x.time) : undefined
      },
      {
        inert: true,
        description: 'ISO 8601 year, year-month or date; a leading - is BCE (Wikibase notation).',
      },
    ),
    col(
      'value_precision',
      'string',
      (s) => {
        const x = v(s)
        return x.type === 'time' ? x.precision : undefined
      },
      { inert: true },
    ),
    col(
      'value_site',
      'string',
      (s) => {
        const x = v(s)
        return x.type === 'item' && x.item.kind === 'site' ? x.item.id : undefined
      },
      { inert: true },
    ),
    col(
      'value_country',
      'string',
      (s) => {
        const x = v(s)
        return x.type === 'item' && x.item.kind === 'country' ? x.item.code : undefined
      },
      { inert: true },
    ),
    list<Statement, Qualifier>(
      'qualifiers',
      (s) => s.qualifiers,
      {},
      (q) => `${q.property}=${valueText(q.value, properties.get(q.property)?.unit)}`,
    ),
    list<Statement, Reference>(
      'sources',
      (s) => s.references,
      { inert: true, description: 'Ids of the cited sources, in order.' },
      (r) => r.source,
    ),
    list<Statement, Reference>(
      'locators',
      (s) => s.references,
      {},
      (r) => (r.locator ? `${r.locator.label} ${r.locator.value}` : ''),
    ),
    list<Statement, Reference>(
      'quotes',
      (s) => s.references,
      { description: 'One quote per reference, aligned with sources.' },
      (r) => r.quote ?? '',
    ),
    col('rank', 'string', (s) => s.rank, {
      required: true,
      enum: ['preferred', 'normal', 'deprecated'],
      inert: true,
    }),
    ...curation<Statement>(),
  ]
}

type Reference = Statement['references'][number]
type Qualifier = Statement['qualifiers'][number]
type CslName = NonNullable<Source['author']>[number]

/** The reference of a statement's row in the references table. */
const ref = (s: Statement, part: number) => s.references[part] as Reference

/** One row per reference of a statement (`rowsOf`), read from the statement: no object per row. */
function referenceColumns(): Column<Statement>[] {
  return [
    col('statement', 'string', (s) => s.id, { required: true, inert: true }),
    col('position', 'integer', (_, part) => part + 1, { required: true }),
    col('source', 'string', (s, part) => ref(s, part).source, { required: true, inert: true }),
    col('locator_label', 'string', (s, part) => ref(s, part).locator?.label, { inert: true }),
    col('locator_value', 'string', (s, part) => ref(s, part).locator?.value),
    col('quote', 'string', (s, part) => ref(s, part).quote),
  ]
}

function table<R>(
  meta: Omit<Table, 'columns' | 'records' | 'rowsOf'>,
  columns: Column<R>[],
  records: R[],
  rowsOf?: (record: R) => number,
): Table {
  return {
    ...meta,
    columns: columns as Column<never>[],
    records: records as never[],
    ...(rowsOf ? { rowsOf: rowsOf as (record: never) => number } : {}),
  }
}

const fk = (field: string, resource: string): ForeignKey => ({
  fields: [field],
  reference: { resource, fields: ['id'] },
})

/** The CSV tables of a dataset: one per kind, plus statement references (for keys to sources). */
export function buildTables(records: Collections, manifest: Manifest): Table[] {
  const properties = new Map(records.property.map((p) => [p.id, p]))
  return [
    table(
      {
        name: 'sites',
        file: 'sites.csv',
        description: 'Heritage sites.',
        primaryKey: ['id'],
        foreignKeys: [],
      },
      siteColumns(records.site, manifest),
      records.site,
    ),
    table(
      {
        name: 'sources',
        file: 'sources.csv',
        description: 'Sources, in CSL terms.',
        primaryKey: ['id'],
        foreignKeys: [],
      },
      sourceColumns(),
      records.source,
    ),
    table(
      {
        name: 'properties',
        file: 'properties.csv',
        description: 'The property registry.',
        primaryKey: ['id'],
        foreignKeys: [],
      },
      propertyColumns(records.property, manifest),
      records.property,
    ),
    table(
      {
        name: 'statements',
        file: 'statements.csv',
        description: 'Statements, flattened: one row each, qualifiers and references in list cells.',
        primaryKey: ['id'],
        foreignKeys: [fk('subject_site', 'sites'), fk('property', 'properties'), fk('value_site', 'sites')],
      },
      statementColumns(properties),
      records.statement,
    ),
    table(
      {
        name: 'statement_references',
        file: 'statement_references.csv',
        description: 'One row per reference of a statement, in order.',
        primaryKey: ['statement', 'position'],
        foreignKeys: [fk('statement', 'statements'), fk('source', 'sources')],
      },
      referenceColumns(),
      records.statement,
      (s) => s.references.length,
    ),
  ]
}
