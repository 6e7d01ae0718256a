import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page, Site, StatementRow } from '@shared/domain'
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
    const all = async () => (await call<Page<StatementRow>>('queryRecords', 'statement', { limit: 100 })).rows
    const citing = await call<Page<StatementRow>>('queryRecords', 'statement', {
      citesSource: 'xinhua-2024-06-12',
    })
    // The sample's six statements about China cite the Xinhua article; the others cite the List.
    expect(citing.total).toBe(6)
    const before = await all()
    await call('deleteRecord', 'source', 'xinhua-2024-06-12', { dependents: 'remove' })
    const after = new Map((await all()).map((row) => [row.id, row.referenceCount]))
    expect(after.size).toBe(before.length)
    for (const row of before) {
      const cited = citing.rows.some((c) => c.id === row.id)
      expect([row.id, after.get(row.id)]).toEqual([row.id, cited ? 0 : row.referenceCount])
    }
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
  /** The files below `folder` whose text contains `text`. */
  async function filesHolding(folder: string, text: string): Promise<string[]> {
    const files = await snapshotFolder(folder)
    return [...files]
      .filter(([, bytes]) => Buffer.from(bytes, 'base64').toString('utf8').includes(text))
      .map(([name]) => name)
  }

  async function withEdit() {
    const app = await sampleServices()
    const site = await app.call<Site>('getRecord', 'site', 'whc-440')
    await app.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Journaled' } })
    await app.services.close()
    return app.datasetPath
  }

  it('drops a torn last line (never acknowledged) and keeps the rest', async () => {
    // The app stops without closing, as in a crash: the edit is in the journal and in no dataset
    // file, so only replaying the journal can bring it back.
    const crashed = await sampleServices({ store: { compactAfterMs: 1e9 } })
    const folder = crashed.datasetPath
    const site = await crashed.call<Site>('getRecord', 'site', 'whc-440')
    await crashed.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Journaled' } })
    const journal = path.join(folder, '.curator', 'journal.jsonl')
    const whole = await readFile(journal, 'utf8')
    expect(whole).toContain('Journaled')
    expect(await filesHolding(folder, 'Journaled')).toEqual([path.join('.curator', 'journal.jsonl')])
    // The crashed process's lock: its pid runs no more.
    const lock = { pid: 2 ** 22 + 12345, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }
    await writeFile(path.join(folder, '.curator', 'lock'), JSON.stringify(lock))
    await appendFile(journal, '{"seq": 99, "op": "do", "chang')

    const app = await sampleServices({ datasetPath: folder })
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Journaled')
    expect(await readFile(journal, 'utf8')).toBe(whole)
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
