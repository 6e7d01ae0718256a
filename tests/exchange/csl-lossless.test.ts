import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Source } from '@shared/domain'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { commitPlan } from '../../src/main/exchange/import/commit'
import { previewFile } from '../../src/main/exchange/import/preview-file'
import { tempDir } from '../support/temp-dataset'
import { clock, closeStores, emptyStore, newId, validators } from './support'

afterEach(closeStores)

const FIXTURES = path.join(import.meta.dirname, 'fixtures/citations')
const EVERY = path.join(FIXTURES, 'every-variable.csl.json')
/** Ours: curation fields, and what the import records of the item's identity. */
const OURS = ['id', 'status', 'createdAt', 'updatedAt', 'custom']

async function importThenExport(file: string) {
  const store = await emptyStore()
  const { preview, plan } = await previewFile({ file, target: store, validators, clock, newId })
  await commitPlan(store, validators, plan, 'Import')
  const out = await tempDir()
  await exportDataset(
    { manifest: store.manifest, records: store.snapshot(), validators, clock },
    { format: 'json', folder: out },
  )
  const doc = JSON.parse(await readFile(path.join(out, 'dataset.export.json'), 'utf8')) as {
    sources: Source[]
  }
  return { preview, sources: doc.sources }
}

describe('CSL-JSON without loss', () => {
  it('an item with every CSL variable, particles, a season and ranges survives import → export equal', async () => {
    const [item] = JSON.parse(await readFile(EVERY, 'utf8')) as Record<string, unknown>[]
    const { preview, sources } = await importThenExport(EVERY)
    expect(preview.counts).toMatchObject({ new: 3, invalid: 0 })
    const source = sources.find((s) => s['citation-key'] === 'vanbeethoven2020every') as unknown as Record<
      string,
      unknown
    >
    const { id: _id, status, custom, ...variables } = item as Record<string, unknown> & { custom: object }
    const exported = Object.fromEntries(Object.entries(source).filter(([k]) => !OURS.includes(k)))
    expect(exported).toEqual(variables)
    // What our schema names differently is kept, and said: CSL's status, the item's id, its custom.
    expect(source.custom).toEqual({ ...custom, 'csl-status': status, 'csl-id': 'ITEM-Every' })
    expect(source.status).toBe('draft')
    expect(preview.notKept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', rows: 1, reason: expect.stringMatching(/csl-status/) }),
      ]),
    )
    // Nothing else is listed as lost for the full item.
    expect(preview.notKept?.filter((l) => l.field !== 'status' && l.field !== 'title')).toEqual([])
  })

  it('untitled items are not duplicates of each other, and their placeholder title is listed', async () => {
    const { preview, sources } = await importThenExport(EVERY)
    const untitled = preview.rows.filter((r) => r.label.startsWith('Untitled'))
    expect(untitled.map((r) => r.status)).toEqual(['new', 'new'])
    expect(new Set(untitled.map((r) => r.label)).size).toBe(2)
    expect(sources.filter((s) => s.title.startsWith('Untitled'))).toHaveLength(2)
    expect(preview.notKept).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'title', rows: 2 })]),
    )
  })

  it('lists per field what a source cannot hold', async () => {
    const file = path.join(await tempDir(), 'odd.json')
    await writeFile(
      file,
      JSON.stringify([
        { id: 'a', type: 'book', title: 'A', language: 'Klingon', foo: 1, URL: 'not a url' },
        { id: 'b', type: 'book', title: 'B', foo: 2, author: [{ family: 'X', affiliation: 'Y' }] },
      ]),
    )
    const store = await emptyStore()
    const { preview } = await previewFile({ file, target: store, validators, clock, newId })
    const byField = Object.fromEntries((preview.notKept ?? []).map((l) => [l.field, l]))
    expect(byField.foo).toMatchObject({ rows: 2, reason: expect.stringMatching(/not a CSL variable/) })
    expect(byField.language).toMatchObject({ rows: 1 })
    expect(byField.URL).toMatchObject({ rows: 1 })
    expect(byField['author.affiliation']).toMatchObject({ rows: 1 })
  })
})

describe('a JSON file that is not CSL is refused, naming what it is', () => {
  const cases: [string, unknown, RegExp][] = [
    [
      'schema.json',
      JSON.parse(
        '{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{}}',
      ),
      /is a JSON Schema, not CSL-JSON/,
    ],
    ['object.json', { name: 'not an item', value: 3 }, /is JSON of another kind, not CSL-JSON/],
    ['numbers.json', [1, 2, 3], /an array with no CSL item/],
    [
      'entity.json',
      { entities: { Q42: { type: 'item', id: 'Q42', labels: {}, claims: {} } } },
      /is a Wikidata entity, not CSL-JSON/,
    ],
  ]
  it.each(cases)('%s', async (name, json, message) => {
    const file = path.join(await tempDir(), name)
    await writeFile(file, JSON.stringify(json))
    const store = await emptyStore()
    await expect(
      previewFile({ file, options: { format: 'csl-json' }, target: store, validators, clock, newId }),
    ).rejects.toThrow(message)
  })

  it('the schemas/ files, read without a format, are refused as JSON too', async () => {
    const store = await emptyStore()
    const file = path.join(FIXTURES, 'not-csl-schema.json')
    await expect(previewFile({ file, target: store, validators, clock, newId })).rejects.toThrow(
      /neither a Heritage Curator export/,
    )
  })

  it('deep JSON and CSL-JSON are refused with a clear message, not a RangeError', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const store = await emptyStore()
    for (const format of ['json', 'csl-json'] as const) {
      const file = path.join(await tempDir(), `deep.${format}.json`)
      await writeFile(file, format === 'json' ? deep : `[{"type":"book","title":"x","note":${deep}}]`)
      await expect(
        previewFile({ file, options: { format }, target: store, validators, clock, newId }),
      ).rejects.toThrow(/nests deeper than 64 levels/)
    }
  })
})
