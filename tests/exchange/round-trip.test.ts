import { readFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { Property, Site, Source, Statement, Value } from '@shared/domain'
import type { Collections } from '../../src/main/dataset/read-dataset'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { exportGate } from '../../src/main/exchange/gate'
import { commitPlan } from '../../src/main/exchange/import/commit'
import { previewFile } from '../../src/main/exchange/import/preview-file'
import { copySample, tempDir } from '../support/temp-dataset'
import { clock, closeStores, EMPTY_MANIFEST, emptyStore, newId, openStore, validators } from './support'

afterEach(closeStores)

const sorted = (records: Collections) =>
  Object.fromEntries(
    Object.entries(records).map(([k, list]) => [k, [...list].sort((a, b) => (a.id < b.id ? -1 : 1))]),
  )

/** Exports as JSON, imports the document into a new empty dataset, and answers that dataset's records. */
async function roundTrip(manifest: typeof EMPTY_MANIFEST, records: Collections): Promise<Collections> {
  const out = await tempDir('hc-rt-')
  await exportDataset({ manifest, records, validators, clock }, { format: 'json', folder: out })
  const target = await emptyStore(manifest)
  const file = path.join(out, 'dataset.export.json')
  const { preview, plan } = await previewFile({ file, target, validators, clock, newId })
  expect(preview.counts.invalid).toBe(0)
  await commitPlan(target, validators, plan, 'Import')
  return target.snapshot()
}

const text = fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }).filter((s) => !s.includes('\u0000'))
/** JSON has no negative zero: -0 is written, and read back, as 0. */
const num = (c: Parameters<typeof fc.double>[0]) =>
  fc.double({ noNaN: true, noDefaultInfinity: true, ...c }).map((x) => x + 0)
const stamp = fc.constantFrom('2024-07-31T00:00:00.000Z', '2025-01-02T03:04:05.678Z')
const status = fc.constantFrom('draft', 'in-review', 'approved') as fc.Arbitrary<Site['status']>

const PROPERTIES: Property[] = [
  { id: 'p-string', label: { en: 'note' }, datatype: 'string' },
  {
    id: 'p-qty',
    label: { en: 'area', zh: '面积' },
    datatype: 'quantity',
    unit: 'hectare',
    wikidataProperty: 'P2046',
  },
  { id: 'p-time', label: { en: 'point in time' }, datatype: 'time', wikidataProperty: 'P585' },
  { id: 'p-item', label: { en: 'part of' }, datatype: 'item' },
  { id: 'p-url', label: { en: 'website' }, datatype: 'url' },
  { id: 'p-mono', label: { en: 'alias' }, datatype: 'monolingual' },
]

const siteArb = (index: number) =>
  fc
    .record({
      name: fc.dictionary(fc.constantFrom('en', 'zh', 'fr', 'zh-Hant'), text, { minKeys: 1, maxKeys: 3 }),
      kind: fc.constantFrom(
        { category: 'cultural', criteria: ['i', 'iv'] },
        { category: 'natural', criteria: ['vii'] },
        { category: 'mixed', criteria: ['iii', 'x'] },
      ),
      statesParties: fc.uniqueArray(fc.constantFrom('CN', 'FR', 'KZ', 'KG'), { maxLength: 3 }),
      inDanger: fc.boolean(),
      location: fc.option(
        fc.record({ latitude: num({ min: -90, max: 90 }), longitude: num({ min: -180, max: 180 }) }),
        { nil: undefined },
      ),
      areaHectares: fc.option(num({ min: 0, max: 1e7 }), { nil: undefined }),
      reviewNote: fc.option(text, { nil: undefined }),
      status,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .map(({ kind, location, areaHectares, reviewNote, ...rest }): Site => ({
      id: `site-${index}`,
      ...rest,
      category: kind.category as Site['category'],
      criteria: [...kind.criteria] as Site['criteria'],
      regions: ['Asia and the Pacific'],
      transboundary: rest.statesParties.length > 1,
      ...(location ? { location } : {}),
      ...(areaHectares !== undefined ? { areaHectares } : {}),
      ...(reviewNote ? { reviewNote } : {}),
    }))

const sourceArb = (index: number) =>
  fc
    .record({
      title: text,
      type: fc.constantFrom('book', 'webpage', 'dataset', 'article-journal') as fc.Arbitrary<Source['type']>,
      author: fc.option(fc.array(fc.record({ family: text, given: text }), { minLength: 1, maxLength: 2 }), {
        nil: undefined,
      }),
      issued: fc.option(fc.record({ 'date-parts': fc.constant([[2024, 6, 12]]) }), { nil: undefined }),
      URL: fc.option(fc.constantFrom('https://example.org/a', 'https://whc.unesco.org/en/list/'), {
        nil: undefined,
      }),
      status,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .map((s): Source => {
      const out: Record<string, unknown> = { id: `src-${index}` }
      for (const [k, v] of Object.entries(s)) if (v !== undefined) out[k] = v
      return out as unknown as Source
    })

const datasetArb = fc
  .record({ sites: fc.integer({ min: 1, max: 5 }), sources: fc.integer({ min: 1, max: 3 }) })
  .chain(({ sites, sources }) =>
    fc
      .record({
        site: fc.tuple(...Array.from({ length: sites }, (_, i) => siteArb(i))),
        source: fc.tuple(...Array.from({ length: sources }, (_, i) => sourceArb(i))),
        statements: fc.array(
          fc.record({
            subject: fc.integer({ min: 0, max: sites - 1 }),
            value: fc.oneof(
              fc.record({
                p: fc.constant('p-string'),
                v: text.map((t): Value => ({ type: 'string', text: t })),
              }),
              fc.record({
                p: fc.constant('p-qty'),
                v: num({}).map((a): Value => ({ type: 'quantity', amount: a })),
              }),
              fc.record({
                p: fc.constant('p-time'),
                v: fc.constant<Value>({ type: 'time', time: '-0221', precision: 'year' }),
              }),
              fc.record({
                p: fc.constant('p-item'),
                v: fc.constant<Value>({ type: 'item', item: { kind: 'country', code: 'CN' } }),
              }),
              fc.record({
                p: fc.constant('p-url'),
                v: fc.constant<Value>({ type: 'url', url: 'https://example.org/x?y=1' }),
              }),
              fc.record({
                p: fc.constant('p-mono'),
                v: text.map((t): Value => ({ type: 'monolingual', text: t, language: 'zh' })),
              }),
            ),
            sources: fc.uniqueArray(fc.integer({ min: 0, max: sources - 1 }), { maxLength: 3 }),
            quote: fc.option(text, { nil: undefined }),
            status,
          }),
          { maxLength: 6 },
        ),
      })
      .map(({ site, source, statements }): Collections => ({
        site: [...site],
        source: [...source],
        property: PROPERTIES,
        statement: statements.map((s, i): Statement => ({
          id: `stmt-${i}`,
          subject: { kind: 'site', id: `site-${s.subject}` },
          property: s.value.p,
          value: s.value.v,
          qualifiers: [
            { property: 'p-time', value: { type: 'time', time: '+2024-06-11', precision: 'day' } },
          ],
          references: s.sources.map((n) => ({ source: `src-${n}`, ...(s.quote ? { quote: s.quote } : {}) })),
          rank: 'normal',
          status: s.status,
          createdAt: '2024-07-31T00:00:00.000Z',
          updatedAt: '2024-07-31T00:00:00.000Z',
        })),
      })),
  )

describe('round trip: JSON export, then import into an empty dataset', () => {
  it('gives back the same dataset (generated datasets)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (records) => {
        expect(exportGate({ manifest: EMPTY_MANIFEST, records }, validators).excluded).toEqual([])
        const back = await roundTrip(EMPTY_MANIFEST, records)
        expect(sorted(back)).toEqual(sorted(records))
        await closeStores()
      }),
      { numRuns: 40 },
    )
  }, 120_000)

  it('gives back the sample, record for record', async () => {
    const store = await openStore(await copySample())
    const records = store.snapshot()
    const back = await roundTrip(store.manifest, records)
    expect(sorted(back)).toEqual(sorted(records))
  })

  it('the document carries the dataset manifest', async () => {
    const store = await openStore(await copySample())
    const out = await tempDir()
    await exportDataset(
      { manifest: store.manifest, records: store.snapshot(), validators, clock },
      { format: 'json', folder: out },
    )
    const doc = JSON.parse(await readFile(path.join(out, 'dataset.export.json'), 'utf8'))
    expect(doc.manifest.dataset).toEqual(store.manifest)
  })
})
