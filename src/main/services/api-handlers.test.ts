import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page, Site, Statement, StatementRow } from '@shared/domain'
import { FIXED_NOW, sampleServices, snapshotFolder, tempDir } from '../../../tests/support/temp-dataset'
import { readShard, shardOfId } from '../../../tests/support/dataset-files'
import { shardFile, shardOf } from '../dataset/shards'

const quantityStatement = {
  subject: { kind: 'country', code: 'CN' },
  property: 'world-heritage-site-count',
  value: { type: 'quantity', amount: 59 },
  qualifiers: [{ property: 'point-in-time', value: { type: 'time', time: '+2024-07-31', precision: 'day' } }],
  references: [{ source: 'xinhua-2024-06-12', quote: 'We now have 57 world heritage sites' }],
  rank: 'normal',
  status: 'draft',
}

describe('saving through the API', () => {
  it('saves an edit to the journal at once and to the file on disk at compaction, stamping the time', async () => {
    const { call, datasetPath, services } = await sampleServices()
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    const saved = (
      await call<{ record: Site }>('saveRecord', 'site', {
        ...site,
        name: { ...site.name, en: 'Mogao Grottoes' },
      })
    ).record
    expect(saved).toMatchObject({ createdAt: site.createdAt, updatedAt: FIXED_NOW.toISOString() })
    const journal = await readFile(path.join(datasetPath, '.curator', 'journal.jsonl'), 'utf8')
    expect(journal).toContain('Mogao Grottoes')
    await services.flush()
    const onDisk = await readShard<Site>(datasetPath, shardOfId('site', 'whc-440'))
    expect(onDisk.find((s) => s.id === 'whc-440')?.name.en).toBe('Mogao Grottoes')
  })

  it('refuses an invalid edit with field issues and writes nothing', async () => {
    const { call, dispatch, datasetPath } = await sampleServices()
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    const before = await snapshotFolder(datasetPath)
    const result = await dispatch('saveRecord', ['site', { ...site, yearInscribed: 1850 }])
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: '/yearInscribed', rule: 'schema.minimum' }] },
    })
    expect(await snapshotFolder(datasetPath)).toEqual(before)
    expect((await call<Site>('getRecord', 'site', 'whc-440')).yearInscribed).toBe(1987)
  })

  it('creates a statement citing the Xinhua article, with an id from main', async () => {
    const { call, datasetPath, services } = await sampleServices()
    const saved = (await call<{ record: Statement }>('saveRecord', 'statement', quantityStatement)).record
    expect(saved.id).toBe('statement-test-1')
    await services.flush()
    // A statement travels with its subject: China's statements are in the shard of “CN”.
    const text = await readFile(path.join(datasetPath, shardFile('statement', shardOf('CN'))), 'utf8')
    expect(text).toContain('"id": "statement-test-1"')
  })

  it('refuses a statement whose value does not fit its property, or whose source is missing', async () => {
    const { dispatch, datasetPath } = await sampleServices()
    const before = await snapshotFolder(datasetPath)
    const result = await dispatch('saveRecord', [
      'statement',
      {
        ...quantityStatement,
        value: { type: 'url', url: 'https://example.org' },
        references: [{ source: 'gone' }],
      },
    ])
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.issues.map((i) => [i.path, i.rule])).toEqual([
      ['/value/type', 'integrity.value-matches-datatype'],
      ['/references/0/source', 'integrity.source-exists'],
    ])
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })
})

describe('deleting through the API', () => {
  it('refuses to delete a cited source, listing the statements that cite it', async () => {
    const { call, dispatch, datasetPath } = await sampleServices()
    const { rows } = await call<Page<StatementRow>>('queryRecords', 'statement', { limit: 100 })
    const statements = await Promise.all(rows.map((r) => call<Statement>('getRecord', 'statement', r.id)))
    const citing = statements
      .filter((s) => s.references.some((r) => r.source === 'xinhua-2024-06-12'))
      .map((s) => s.id)
      .sort()
    expect(citing.length).toBeGreaterThan(0)
    const before = await snapshotFolder(datasetPath)
    const result = await dispatch('deleteRecord', ['source', 'xinhua-2024-06-12'])
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const listed = result.ok ? [] : result.error.issues.map((i) => i.record)
    expect(listed.sort((a, b) => (a?.id ?? '').localeCompare(b?.id ?? ''))).toEqual(
      citing.map((id) => ({ kind: 'statement', id })),
    )
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })

  it('deletes a site nothing refers to', async () => {
    const { call, dispatch } = await sampleServices()
    await call('deleteRecord', 'site', 'whc-440')
    expect(await dispatch('getRecord', ['site', 'whc-440'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect((await call<{ counts: { site: number } }>('getDatasetInfo')).counts.site).toBe(58)
  })
})

describe('saving answers the record with its issues', () => {
  it('answers what validateDraft would, and whether the record is new', async () => {
    const { call } = await sampleServices()
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    const draft = { ...site, location: undefined, status: 'draft' }
    const expected = await call<unknown[]>('validateDraft', 'site', draft)
    expect(expected).toContainEqual(expect.objectContaining({ rule: 'site.has-location' }))
    const edited = await call<{ record: Site; issues: unknown[]; created: boolean }>(
      'saveRecord',
      'site',
      draft,
    )
    expect(edited).toMatchObject({ record: { id: 'whc-440' }, issues: expected, created: false })
    const { id: _id, ...copy } = draft
    const created = await call<{ record: Site; created: boolean }>('saveRecord', 'site', copy)
    expect(created.created).toBe(true)
    expect(created.record.id).not.toBe('whc-440')
  })
})

describe('datasets', () => {
  it('saves a copy into an empty folder and works on the copy from then on', async () => {
    const { call, datasetPath, services, dialogs } = await sampleServices()
    const target = path.join(await tempDir(), 'copy')
    dialogs.folders.push(target)
    const info = await call<{ path: string; counts: { site: number } }>('saveDatasetAs')
    expect(info).toMatchObject({ path: target, counts: { site: 59 } })
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    expect(site.inDanger).toBe(false)
    await call('saveRecord', 'site', { ...site, inDanger: true })
    await services.flush()
    // The copy is written in the sharded layout, as every new dataset is.
    expect(JSON.parse(await readFile(path.join(target, 'dataset.json'), 'utf8'))).toHaveProperty('layout')
    await services.close()
    // Each folder opened afresh, as the curator would open it: the edit is in the copy only.
    const reopened = async (folder: string) =>
      (await sampleServices({ datasetPath: folder })).call<Site>('getRecord', 'site', 'whc-440')
    expect((await reopened(target)).inDanger).toBe(true)
    expect((await reopened(datasetPath)).inDanger).toBe(false)
  })

  it('refuses to save a copy over a folder that has files in it', async () => {
    const { dispatch, datasetPath, dialogs } = await sampleServices()
    dialogs.folders.push(datasetPath)
    expect(await dispatch('saveDatasetAs', [])).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it('treats a cancelled folder dialog as no change', async () => {
    const { call } = await sampleServices({ pickFolder: async () => null })
    expect(await call('openDataset')).toBeNull()
  })

  it('hands only http(s) URLs to the system browser', async () => {
    const opened: string[] = []
    const { dispatch } = await sampleServices({ openExternal: async (url) => void opened.push(url) })
    expect((await dispatch('openExternal', ['https://whc.unesco.org/en/list/'])).ok).toBe(true)
    expect(await dispatch('openExternal', ['file:///etc/passwd'])).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(opened).toEqual(['https://whc.unesco.org/en/list/'])
  })
})
