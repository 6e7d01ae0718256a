import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site, Statement } from '@shared/domain'
import { copySample } from '../../../tests/support/temp-dataset'
import { copyOldSample, editKind, shardFilesOf, shardOfId } from '../../../tests/support/dataset-files'
import { serializeRecordFile } from './canonical-json'
import { DatasetStore } from './dataset-store'
import { nodeDisk } from './fs/disk'
import { namerFor, deepIssues } from './record-checks'
import { createSchemaValidators } from '../validation/ajv'
import { checkDatasetFolder } from './check-folder'
import { canonicalRecordPieces } from './record-pieces'

const validators = createSchemaValidators()

/** What the whole-dataset deep check says of the records the store holds. */
async function expected(folder: string, sharded = true) {
  const store = await DatasetStore.open(folder, validators, { readOnly: true })
  const issues = deepIssues(store.snapshot(), validators, namerFor(sharded))
  await store.close()
  return issues
}

describe('the deep check of a folder, record by record', () => {
  it('finds nothing in the sample', async () => {
    expect(await checkDatasetFolder(await copySample(), validators, nodeDisk)).toEqual([])
  })

  it('names a record that breaks its schema, in a canonical shard and in a minified one', async () => {
    const folder = await copySample()
    await editKind(folder, 'site', (sites) => {
      ;(sites.find((s) => s.id === 'whc-438') as Site).criteria = ['i', 'x']
    })
    const shard = shardOfId('site', 'whc-438')
    const issues = await checkDatasetFolder(folder, validators, nodeDisk)
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^${shard}, record “whc-438”: Criterion \\(x\\) is a natural criterion`),
      ),
    ])
    expect(issues).toEqual(await expected(folder))
    const data = await readFile(path.join(folder, shard), 'utf8')
    await writeFile(path.join(folder, shard), JSON.stringify(JSON.parse(data)))
    expect(await checkDatasetFolder(folder, validators, nodeDisk)).toEqual(issues)
  })

  it('names the file of the old layout, in a dataset not yet migrated', async () => {
    const folder = await copyOldSample()
    const file = path.join(folder, 'sites.json')
    const data = JSON.parse(await readFile(file, 'utf8')) as { records: Site[] }
    ;(data.records.find((s) => s.id === 'whc-438') as Site).criteria = ['i', 'x']
    await writeFile(file, serializeRecordFile(data))
    const issues = await checkDatasetFolder(folder, validators, nodeDisk)
    expect(issues.map((i) => i.file)).toEqual(['sites.json'])
    expect(issues).toEqual(await expected(folder, false))
  })

  it('names a statement citing a source that is not there', async () => {
    const folder = await copySample()
    await editKind(folder, 'statement', (statements) => {
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

  it('reports a duplicate id as the open does, across shards', async () => {
    const folder = await copySample()
    const [first, second] = await shardFilesOf(folder, 'site')
    const one = JSON.parse(await readFile(path.join(folder, first as string), 'utf8')) as { records: Site[] }
    const other = JSON.parse(await readFile(path.join(folder, second as string), 'utf8')) as {
      records: Site[]
    }
    other.records.push({ ...(one.records[0] as Site) })
    await writeFile(path.join(folder, second as string), serializeRecordFile(other))
    const issues = await checkDatasetFolder(folder, validators, nodeDisk)
    expect(issues.map((i) => i.rule)).toEqual(['integrity.unique-id'])
    expect(issues[0]?.file).toBe(second)
  })
})

describe('canonical record pieces', () => {
  it('cuts a canonical file into its records, and refuses any other layout', async () => {
    const folder = await copySample()
    const [shard] = await shardFilesOf(folder, 'statement')
    const text = await readFile(path.join(folder, shard as string), 'utf8')
    const records = (JSON.parse(text) as { records: unknown[] }).records
    const pieces = canonicalRecordPieces(text) ?? []
    expect(pieces.map((p) => JSON.parse(p) as unknown)).toEqual(records)
    expect(canonicalRecordPieces(serializeRecordFile({ records: [] }))).toEqual([])
    expect(canonicalRecordPieces(JSON.stringify({ records }))).toBeUndefined()
    expect(canonicalRecordPieces(`${text}x`)).toBeUndefined()
    expect(canonicalRecordPieces(text.replace('\n    },\n    {', '\n    }\n    {'))).toBeUndefined()
  })
})
