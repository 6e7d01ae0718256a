import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Site, Statement } from '@shared/domain'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { splitList } from '../../src/main/exchange/csv/list-field'
import { readCsv } from '../../src/main/exchange/import/read-csv'
import { copySample, tempDir } from '../support/temp-dataset'
import { clock, closeStores, openStore, validators } from './support'

afterEach(closeStores)

interface Field {
  name: string
  type: string
  format?: string
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string }
  trueValues?: string[]
  falseValues?: string[]
}
interface Resource {
  name: string
  path: string
  profile: string
  hash?: string
  bytes?: number
  schema: {
    fields: Field[]
    primaryKey?: string[]
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[]
    missingValues?: string[]
  }
}

const TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
])

function typeOk(field: Field, value: string): boolean {
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(value)
    case 'number':
      return /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)
    case 'boolean':
      return [...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(value)
    case 'datetime':
      return !Number.isNaN(Date.parse(value))
    default:
      return true
  }
}

/** The Data Package and Table Schema rules (v1) that a consumer relies on, checked by hand. */
async function checkPackage(folder: string) {
  const descriptor = JSON.parse(await readFile(path.join(folder, 'datapackage.json'), 'utf8'))
  const problems: string[] = []
  if (descriptor.profile !== 'tabular-data-package') problems.push('profile')
  if (descriptor.name !== undefined && !/^[a-z0-9._-]+$/.test(descriptor.name)) problems.push('package name')
  for (const licence of descriptor.licenses ?? [])
    if (!licence.name && !licence.path) problems.push('licence')
  const resources = descriptor.resources as Resource[]
  if (!Array.isArray(resources) || resources.length === 0) problems.push('resources')
  const tables = new Map<string, { headers: string[]; rows: string[][] }>()
  const names = new Set(resources.map((r) => r.name))
  for (const r of resources) {
    if (!/^[a-z0-9._/-]+$/.test(r.name)) problems.push(`resource name ${r.name}`)
    if (path.isAbsolute(r.path) || r.path.includes('..')) problems.push(`path ${r.path}`)
    if (r.profile !== 'tabular-data-resource') problems.push(`${r.name} profile`)
    const bytes = await readFile(path.join(folder, r.path))
    if (r.hash !== `sha256:${createHash('sha256').update(bytes).digest('hex')}`)
      problems.push(`${r.name} hash`)
    if (r.bytes !== bytes.length) problems.push(`${r.name} bytes`)
    const table = readCsv(bytes.toString('utf8'))
    tables.set(r.name, table)
    const fieldNames = r.schema.fields.map((f) => f.name)
    if (JSON.stringify(table.headers) !== JSON.stringify(fieldNames))
      problems.push(`${r.name} header ≠ fields`)
    for (const f of r.schema.fields)
      if (!f.name || !TYPES.has(f.type)) problems.push(`${r.name}.${f.name} type`)
    for (const k of r.schema.primaryKey ?? [])
      if (!fieldNames.includes(k)) problems.push(`${r.name} primaryKey ${k}`)
    r.schema.fields.forEach((f, i) => {
      const seen = new Set<string>()
      for (const row of table.rows) {
        const v = row[i] ?? ''
        if (v === '') {
          if (f.constraints?.required) problems.push(`${r.name}.${f.name} required`)
          continue
        }
        if (!typeOk(f, v)) problems.push(`${r.name}.${f.name} “${v}” is not ${f.type}`)
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${r.name}.${f.name} enum`)
        if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v))
          problems.push(`${r.name}.${f.name} pattern`)
        if (f.constraints?.unique && seen.has(v)) problems.push(`${r.name}.${f.name} unique`)
        seen.add(v)
      }
    })
    const pk = (r.schema.primaryKey ?? []).map((k) => fieldNames.indexOf(k))
    const keys = table.rows.map((row) => JSON.stringify(pk.map((i) => row[i])))
    if (new Set(keys).size !== keys.length) problems.push(`${r.name} primary key not unique`)
  }
  for (const r of resources) {
    const table = tables.get(r.name)!
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = resources.find((x) => x.name === (fk.reference.resource || r.name))
      if (!target || !names.has(target.name)) {
        problems.push(`${r.name} fk resource`)
        continue
      }
      const targetFields = target.schema.fields.map((f) => f.name)
      if (!fk.reference.fields.every((f) => targetFields.includes(f))) problems.push(`${r.name} fk fields`)
      const from = fk.fields.map((f) => table.headers.indexOf(f))
      if (from.includes(-1)) problems.push(`${r.name} fk local fields`)
      const targetTable = tables.get(target.name)!
      const to = fk.reference.fields.map((f) => targetTable.headers.indexOf(f))
      const values = new Set(targetTable.rows.map((row) => JSON.stringify(to.map((i) => row[i]))))
      for (const row of table.rows) {
        const v = from.map((i) => row[i])
        if (v.every((x) => x === '')) continue
        if (!values.has(JSON.stringify(v))) problems.push(`${r.name} fk ${fk.fields} → ${v} missing`)
      }
    }
  }
  return { descriptor, problems, tables }
}

describe('Frictionless Data Package', () => {
  it('the sample exports as a valid tabular data package', async () => {
    const store = await openStore(await copySample())
    const out = await tempDir()
    await exportDataset(
      { manifest: store.manifest, records: store.snapshot(), validators, clock },
      { format: 'datapackage', folder: out },
    )
    const { descriptor, problems, tables } = await checkPackage(out)
    expect(problems).toEqual([])
    expect(descriptor.resources.map((r: Resource) => r.name)).toEqual([
      'sites',
      'sources',
      'properties',
      'statements',
      'statement_references',
    ])
    const statements = descriptor.resources[3] as Resource
    expect(statements.schema.foreignKeys).toContainEqual({
      fields: ['subject_site'],
      reference: { resource: 'sites', fields: ['id'] },
    })
    const refs = descriptor.resources[4] as Resource
    expect(refs.schema.foreignKeys).toContainEqual({
      fields: ['source'],
      reference: { resource: 'sources', fields: ['id'] },
    })
    expect(tables.get('sites')?.rows).toHaveLength(59)
  })

  it('foreign keys hold for statements about sites that cite several sources', async () => {
    const store = await openStore(await copySample())
    const records = store.snapshot()
    const site = records.site[0] as Site
    const statement: Statement = {
      ...(records.statement[0] as Statement),
      id: 'stmt-site-website',
      subject: { kind: 'site', id: site.id },
      property: 'official-website',
      value: { type: 'url', url: 'https://example.org/' },
      qualifiers: [],
      references: records.source.map((s, i) => ({ source: s.id, quote: `q${i};x` })),
    }
    records.statement.push(statement)
    const out = await tempDir()
    await exportDataset(
      { manifest: store.manifest, records, validators, clock },
      { format: 'datapackage', folder: out },
    )
    const { problems, tables } = await checkPackage(out)
    expect(problems).toEqual([])
    const st = tables.get('statements')!
    const row = st.rows.find((r) => r[0] === 'stmt-site-website')!
    expect(splitList(row[st.headers.indexOf('sources')] ?? '')).toEqual(records.source.map((s) => s.id))
    expect(splitList(row[st.headers.indexOf('quotes')] ?? '')).toEqual(['q0;x', 'q1;x'])
  })
})
