import type { Manifest } from '@shared/domain'
import type { ExportedFile } from '@shared/exchange'
import type { Table } from './csv/tables'

/** A Data Package name: lower case letters, digits, `-`, `_` and `.`. */
function packageName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'heritage-dataset'
}

function field(column: Table['columns'][number]) {
  const constraints: Record<string, unknown> = {}
  if (column.required) constraints.required = true
  if (column.unique) constraints.unique = true
  if (column.enum && !column.list) constraints.enum = [...column.enum]
  if (column.pattern && !column.list) constraints.pattern = column.pattern
  const description = [
    column.description,
    column.list ? 'A list: items joined by “;” (\\; and \\\\ escape).' : undefined,
  ]
    .filter(Boolean)
    .join(' ')
  return {
    name: column.name,
    type: column.type,
    // Our timestamps carry milliseconds, which the default datetime format does not.
    ...(column.type === 'datetime' ? { format: 'any' } : {}),
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(description ? { description } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  }
}

/**
 * `datapackage.json` after the Frictionless Data Package specification (v1, profile
 * `tabular-data-package`): one tabular resource per CSV with its Table Schema (types,
 * constraints, primary and foreign keys), its size and SHA-256.
 */
export function dataPackage(
  manifest: Manifest,
  tables: Table[],
  files: ExportedFile[],
  created: string,
  bom: boolean,
) {
  const byPath = new Map(files.map((f) => [f.path, f]))
  const license = manifest.license?.trim()
  const spdx = license && /^[A-Za-z0-9.+-]+$/.test(license) ? license : undefined
  return {
    profile: 'tabular-data-package',
    name: packageName(manifest.name),
    title: manifest.name,
    ...(manifest.description ? { description: manifest.description } : {}),
    ...(spdx ? { licenses: [{ name: spdx }] } : {}),
    ...(license && !spdx ? { licenseStatement: license } : {}),
    created,
    languages: manifest.languages,
    resources: tables.map((table) => {
      const file = byPath.get(table.file)
      return {
        name: table.name,
        path: table.file,
        profile: 'tabular-data-resource',
        title: table.name,
        description: table.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: bom ? 'utf-8-sig' : 'utf-8',
        ...(file ? { bytes: file.bytes, hash: `sha256:${file.sha256}` } : {}),
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: table.columns.map(field),
          missingValues: [''],
          primaryKey: table.primaryKey,
          ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
        },
      }
    }),
  }
}
