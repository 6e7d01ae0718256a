import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site, Statement } from '../../shared/domain'
import { copySample } from '../../../tests/support/temp-dataset'
import { serializeRecordFile } from '../dataset/canonical-json'
import { DatasetStore } from '../dataset/dataset-store'
import { nodeDisk } from '../dataset/fs/disk'
import { deepIssues } from '../dataset/read-dataset'
import { createSchemaValidators } from './ajv'
import { checkDatasetFolder } from './check-folder'
import { canonicalRecordPieces } from '../dataset/record-pieces'

const validators = createSchemaValidators()

async function edit<R extends { id: string }>(folder: string, file: string, change: (records: R[]) => void) {
  const full = path.join(folder, file)
  const data = JSON.parse(await readFile(full, 'utf8')) as { records: R[] }
  change(data.records)
  await writeFile(full, serializeRecordFile(data))
}

/** What the whole-dataset deep check says of the records the store holds. */
async function expected(folder: string) {
  const store = await DatasetStore.open(folder, validators, { readOnly: true })
  const issues = deepIssues(store.snapshot(), validators)
  await store.close()
  return issues
}

describe('the deep check of a folder, record by record', () => {
  it('finds nothing in the sample', async () => {
    expect(await checkDatasetFolder(await copySample(), validators, nodeDisk)).toEqual([])
  })

  it('names a record that breaks its schema, in a canonical file and in a minified one', async () => {
    const folder = await copySample()
    await edit<Site>(folder, 'sites.json', (sites) => {
      ;(sites.find((s) => s.id === 'whc-438') as Site).criteria = ['i', 'x']
    })
    const issues = await checkDatasetFolder(folder, validators, nodeDisk)
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/sites\.json, record “whc-438”: Criterion \(x\) is a natural criterion/),
    ])
    expect(issues).toEqual(await expected(folder))
    const data = await readFile(path.join(folder, 'sites.json'), 'utf8')
    await writeFile(path.join(folder, 'sites.json'), JSON.stringify(JSON.parse(data)))
    expect(await checkDatasetFolder(folder, validators, nodeDisk)).toEqual(issues)
  })

  it('names a statement citing a source that is not there', async () => {
    const folder = await copySample()
    await edit<Statement>(folder, 'statements.json', (statements) => {
      ;(statements[1] as Statement).references = [{ source: 'no-such-source' }]
    })
    const issues = await checkDatasetFolder(folder, validators, nodeDisk)
    expect(issues.map((i) => i.rule)).toEqual(['integrity.source-exists'])
    expect(issues).toEqual(await expected(folder))
  })

  it('checks the records as the journal left them, not as the files still have them', async () => {
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators, { compactAfterMs: 1e9 })
    const statement = [...store.all('statement')][0] as Statement
    const site = store.get('site', 'whc-438') as Site
    await store.commit('break', [
      { kind: 'site', id: site.id, before: site, after: { ...site, criteria: ['i', 'x'] } },
      { kind: 'statement', id: statement.id, before: statement, after: null },
    ])
    const issues = await checkDatasetFolder(folder, validators, nodeDisk)
    expect(issues.map((i) => i.record?.id)).toEqual(['whc-438'])
    expect(issues).toEqual(deepIssues(store.snapshot(), validators))
    await store.close()
  })

  it('reports a duplicate id as the open does', async () => {
    const folder = await copySample()
    await edit<Site>(folder, 'sites.json', (sites) => {
      sites.push({ ...(sites[0] as Site) })
    })
    const issues = await checkDatasetFolder(folder, validators, nodeDisk)
    expect(issues.map((i) => i.rule)).toEqual(['integrity.unique-id'])
  })
})

describe('canonical record pieces', () => {
  it('cuts a canonical file into its records, and refuses any other layout', async () => {
    const text = await readFile(path.join(await copySample(), 'statements.json'), 'utf8')
    const records = (JSON.parse(text) as { records: unknown[] }).records
    const pieces = canonicalRecordPieces(text) ?? []
    expect(pieces.map((p) => JSON.parse(p) as unknown)).toEqual(records)
    expect(canonicalRecordPieces(serializeRecordFile({ records: [] }))).toEqual([])
    expect(canonicalRecordPieces(JSON.stringify({ records }))).toBeUndefined()
    expect(canonicalRecordPieces(`${text}x`)).toBeUndefined()
    expect(canonicalRecordPieces(text.replace('\n    },\n    {', '\n    }\n    {'))).toBeUndefined()
  })
})
