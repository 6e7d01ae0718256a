import path from 'node:path'
import type { Manifest } from '@shared/domain'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { tempDir } from '../support/temp-dataset'

/** Shared fixtures, read in place. */
export const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures')
export const UNESCO_CSV = path.join(FIXTURES, 'unesco/whc-sites-2024.csv')

export const validators = createSchemaValidators()
export const NOW = new Date('2026-01-02T03:04:05.000Z')
export const clock = () => NOW

/** The files a CSV export writes, sorted (a Data Package adds datapackage.json to them). */
export const CSV_EXPORT_FILES = [
  'manifest.json',
  'properties.csv',
  'report.json',
  'sites.csv',
  'sources.csv',
  'statement_references.csv',
  'statements.csv',
]

export const EMPTY_MANIFEST: Manifest = { name: 'Empty', schemaVersion: 1, languages: ['en', 'zh'] }

const stores: DatasetStore[] = []

/** A new, empty dataset in a temp folder (closed after the test by the caller's `closeStores`). */
export async function emptyStore(manifest: Manifest = EMPTY_MANIFEST): Promise<DatasetStore> {
  const folder = path.join(await tempDir('hc-exchange-'), 'dataset')
  const store = await DatasetStore.create(
    folder,
    manifest,
    { site: [], source: [], property: [], statement: [] },
    validators,
    { clock },
  )
  stores.push(store)
  return store
}

export async function openStore(folder: string): Promise<DatasetStore> {
  const store = await DatasetStore.open(folder, validators, { clock })
  stores.push(store)
  return store
}

export async function closeStores(): Promise<void> {
  await Promise.all(stores.splice(0).map((s) => s.close()))
}

let n = 0
export const newId = (kind: string) => `${kind}-t${(n += 1)}`
