import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Source } from '@shared/domain'
import { mapCslType } from '../../src/main/exchange/import/csl-source'
import { commitPlan } from '../../src/main/exchange/import/commit'
import { previewFile } from '../../src/main/exchange/import/preview-file'
import { copySample, tempDir } from '../support/temp-dataset'
import { clock, closeStores, emptyStore, FIXTURES, newId, openStore, validators } from './support'

afterEach(closeStores)

const CITATIONS = path.join(FIXTURES, 'citations')

async function fixtureFiles(kind: 'bibtex' | 'ris') {
  const dir = path.join(CITATIONS, kind)
  return (await readdir(dir))
    .filter((n) => n.endsWith('.bib') || n.endsWith('.ris'))
    .map((n) => path.join(dir, n))
}

describe('citations in', () => {
  it.each(['bibtex', 'ris'] as const)('every %s fixture imports as valid sources', async (kind) => {
    const files = await fixtureFiles(kind)
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const store = await emptyStore()
      const { preview, plan } = await previewFile({ file, target: store, validators, clock, newId })
      expect(preview.format, file).toBe(kind)
      const invalid = preview.rows.filter((r) => r.status === 'invalid')
      expect(
        invalid.map((r) => r.issues),
        path.basename(file),
      ).toEqual([])
      expect(preview.rows.length, file).toBeGreaterThan(0)
      const outcome = await commitPlan(store, validators, plan, 'Import')
      expect(store.count('source'), file).toBe(outcome.applied)
      expect(outcome.applied + preview.counts.duplicate, file).toBe(preview.rows.length)
    }
  })

  it('maps fields and types: a complete BibTeX article', async () => {
    const store = await emptyStore()
    const file = path.join(CITATIONS, 'bibtex', 'a complete article.bib')
    const { plan } = await previewFile({ file, target: store, validators, clock, newId })
    expect([...plan.changes.values()][0]?.after).toMatchObject({
      id: 'article',
      type: 'article-journal',
      title: 'Lorem Ipsum',
      'container-title': 'The BibTeX Journal',
      author: [
        { family: 'Adams', given: 'Alice' },
        { family: 'Brody', given: 'Bob' },
      ],
      issued: { 'date-parts': [[2020, 2]] },
      page: '200-210',
      status: 'draft',
    })
  })

  it('maps CSL types outside our enum to the nearest allowed one', () => {
    expect(mapCslType('manuscript')).toBe('document')
    expect(mapCslType('post-weblog')).toBe('webpage')
    expect(mapCslType('entry-dictionary')).toBe('entry-encyclopedia')
    expect(mapCslType('book')).toBe('book')
    expect(mapCslType(undefined)).toBe('document')
  })

  it('imports CSL-JSON, and flags a source that matches an existing one by DOI, URL or title and year', async () => {
    const store = await openStore(await copySample())
    const file = path.join(await tempDir(), 'refs.json')
    await writeFile(
      file,
      JSON.stringify([
        { id: 'a', type: 'post', title: 'A new blog post', URL: 'https://blog.example/new' },
        { id: 'b', type: 'dataset', title: 'World Heritage List', issued: { 'date-parts': [[2024]] } },
        { id: 'c', type: 'webpage', title: 'Another title', URL: 'http://whc.unesco.org/en/list' },
        {
          id: 'd',
          type: 'article-newspaper',
          title: 'China expects more exchanges, cooperation with all parties in world heritage protection!',
          issued: { 'date-parts': [[2024, 6, 12]] },
        },
        { id: 'e', type: 'article-journal', title: 'Paper', DOI: '10.1234/ABC' },
        {
          id: 'f',
          type: 'article-journal',
          title: 'Same paper, other title',
          DOI: 'https://doi.org/10.1234/abc',
        },
      ]),
    )
    const { preview, plan } = await previewFile({ file, target: store, validators, clock, newId })
    expect(preview.format).toBe('csl-json')
    const byLine = (n: number) => preview.rows[n - 1]
    expect(byLine(1)?.status).toBe('new')
    expect(byLine(2)).toMatchObject({
      status: 'duplicate',
      matches: { id: 'unesco-world-heritage-list-2024', by: 'title-year' },
    })
    expect(byLine(3)).toMatchObject({
      status: 'duplicate',
      matches: { id: 'unesco-world-heritage-list-2024', by: 'url' },
    })
    expect(byLine(4)).toMatchObject({
      status: 'duplicate',
      matches: { id: 'xinhua-2024-06-12', by: 'title-year' },
    })
    expect(byLine(5)?.status).toBe('new')
    expect(byLine(6)).toMatchObject({ status: 'duplicate', matches: { by: 'file' } })
    const outcome = await commitPlan(store, validators, plan, 'Import refs')
    expect(outcome.applied).toBe(2)
    expect(store.count('source')).toBe(4)
  })

  it('refuses a file with no readable entry', async () => {
    const store = await emptyStore()
    const file = path.join(await tempDir(), 'empty.ris')
    await writeFile(file, 'not a citation\n')
    await expect(previewFile({ file, target: store, validators, clock, newId })).rejects.toThrow(
      /no RIS entry/,
    )
  })
})

describe('RIS and Web of Science', () => {
  const OURS = path.join(import.meta.dirname, 'fixtures/citations')

  it('RIS: notes keep their line breaks; publisher and place are kept for every type', async () => {
    const store = await emptyStore()
    const file = path.join(OURS, 'notes-and-places.ris')
    const { preview, plan } = await previewFile({ file, target: store, validators, clock, newId })
    expect(preview.counts).toMatchObject({ new: 3, invalid: 0 })
    const [journal, report, web] = [...plan.changes.values()].map((c) => c.after as Source)
    expect(journal?.note).toBe(
      'First line of the note.\nSecond line, as Zotero writes a multi-line note.\n\nA new paragraph.',
    )
    expect(journal).toMatchObject({ publisher: 'Taylor & Francis', 'publisher-place': 'London' })
    expect(report).toMatchObject({
      publisher: 'UNESCO',
      'publisher-place': 'Paris',
      note: 'One note\n\nAnother note',
    })
    expect(web).toMatchObject({ publisher: 'UNESCO World Heritage Centre', 'publisher-place': 'Paris' })
  })

  it('Web of Science plain text is recognised and imported, its unread tags listed', async () => {
    const store = await emptyStore()
    const file = path.join(OURS, 'savedrecs.txt')
    const { preview, plan } = await previewFile({ file, target: store, validators, clock, newId })
    expect(preview.format).toBe('wos')
    expect(preview.counts).toMatchObject({ new: 2, invalid: 0 })
    const [article, book] = [...plan.changes.values()].map((c) => c.after as Source)
    expect(article).toMatchObject({
      type: 'article-journal',
      title: 'Visitor pressure and conservation at the Mogao Grottoes, a World Heritage site',
      author: [
        { family: 'Wang', given: 'Xiaoming' },
        { family: 'Li', given: 'Yan' },
      ],
      'container-title': 'JOURNAL OF CULTURAL HERITAGE',
      'container-title-short': 'J. Cult. Herit.',
      issued: { 'date-parts': [[2021, 21]] },
      page: '101-110',
      volume: '48',
      DOI: '10.1016/j.culher.2021.01.001',
      language: 'en',
      publisher: 'ELSEVIER FRANCE-EDITIONS SCIENTIFIQUES MEDICALES ELSEVIER',
      'publisher-place': 'ISSY-LES-MOULINEAUX',
      custom: { 'wos-accession': 'WOS:000650000000001' },
    })
    expect(book).toMatchObject({ type: 'book', publisher: 'Routledge', 'publisher-place': 'London' })
    expect(preview.notKept?.map((l) => l.field)).toEqual(
      expect.arrayContaining(['WoS CR', 'WoS C1', 'WoS TC']),
    )
  })

  it('Web of Science plain text forced as RIS is refused by name', async () => {
    const store = await emptyStore()
    const file = path.join(OURS, 'savedrecs.txt')
    await expect(
      previewFile({ file, options: { format: 'ris' }, target: store, validators, clock, newId }),
    ).rejects.toThrow(/is Web of Science plain text, not RIS/)
  })
})
