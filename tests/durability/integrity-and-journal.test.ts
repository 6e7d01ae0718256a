import { appendFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page, Site, StatementRow } from '../../src/shared/domain'
import { sampleServices, snapshotFolder } from '../support/temp-dataset'

const newSource = {
  id: 'src-xinhua-copy',
  type: 'article-newspaper',
  title: 'China expects more exchanges (syndicated copy)',
  status: 'draft',
}

describe('deleting a record that statements depend on', () => {
  it('reassigns the references to another source in one undoable step', async () => {
    const { call } = await sampleServices()
    await call('saveRecord', 'source', newSource)
    await call('deleteRecord', 'source', 'xinhua-2024-06-12', {
      dependents: 'reassign',
      reassignTo: newSource.id,
    })
    const citing = await call<Page<StatementRow>>('queryRecords', 'statement', { citesSource: newSource.id })
    expect(citing.total).toBe(6)
    await call('undo')
    expect(
      (await call<Page<StatementRow>>('queryRecords', 'statement', { citesSource: newSource.id })).total,
    ).toBe(0)
    expect(await call('getRecord', 'source', 'xinhua-2024-06-12')).toMatchObject({ id: 'xinhua-2024-06-12' })
  })

  it('removes the references, leaving the statements uncited', async () => {
    const { call } = await sampleServices()
    await call('deleteRecord', 'source', 'xinhua-2024-06-12', { dependents: 'remove' })
    const rows = await call<Page<StatementRow>>('queryRecords', 'statement', {})
    expect(rows.rows.every((r) => r.referenceCount === 0)).toBe(true)
  })

  it('refuses to reassign to a source that does not exist, and changes nothing', async () => {
    const { dispatch, datasetPath } = await sampleServices()
    const before = await snapshotFolder(datasetPath)
    const result = await dispatch('deleteRecord', [
      'source',
      'xinhua-2024-06-12',
      { dependents: 'reassign', reassignTo: 'nope' },
    ])
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })

  it('never saves a dangling reference through IPC', async () => {
    const { dispatch } = await sampleServices()
    const statement = {
      subject: { kind: 'site', id: 'whc-does-not-exist' },
      property: 'alternative-name',
      value: { type: 'monolingual', text: 'x', language: 'en' },
      qualifiers: [],
      references: [],
      rank: 'normal',
      status: 'draft',
    }
    expect(await dispatch('saveRecord', ['statement', statement])).toMatchObject({
      ok: false,
      error: { issues: [{ rule: 'integrity.site-exists', path: '/subject/id' }] },
    })
  })
})

describe('the journal on open', () => {
  async function withEdit() {
    const app = await sampleServices()
    const site = await app.call<Site>('getRecord', 'site', 'whc-440')
    await app.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Journaled' } })
    await app.services.close()
    return app.datasetPath
  }

  it('drops a torn last line (never acknowledged) and keeps the rest', async () => {
    const folder = await withEdit()
    await appendFile(path.join(folder, '.curator', 'journal.jsonl'), '{"seq": 99, "op": "do", "chang')
    const app = await sampleServices({ datasetPath: folder })
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Journaled')
  })

  it('refuses a journal damaged before its last line, naming the line, and leaves it as it was', async () => {
    const folder = await withEdit()
    const file = path.join(folder, '.curator', 'journal.jsonl')
    const text = await readFile(file, 'utf8')
    await writeFile(file, `${text.replace('Journaled', 'Tampered')}${text}`)
    const before = await snapshotFolder(folder)
    await expect(sampleServices({ datasetPath: folder })).rejects.toThrow(
      /journal\.jsonl is damaged at line 1/,
    )
    expect(await snapshotFolder(folder)).toEqual(before)
  })
})
