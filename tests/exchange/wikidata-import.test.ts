import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Statement } from '@shared/domain'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { commitPlan } from '../../src/main/exchange/import/commit'
import { previewFile } from '../../src/main/exchange/import/preview-file'
import { copySample, tempDir } from '../support/temp-dataset'
import { clock, closeStores, emptyStore, newId, openStore, validators } from './support'

afterEach(closeStores)

/** Ours, in the shape of Special:EntityData/Q….json (see fixtures/README.md). */
const ENTITY = path.join(import.meta.dirname, 'fixtures/wikidata/Q1133408.json')

describe('Wikidata entity JSON in', () => {
  it('links the sample’s Mogao Caves to its item: labels as names, statements with references, losses listed', async () => {
    const store = await openStore(await copySample())
    const { preview, plan } = await previewFile({ file: ENTITY, target: store, validators, clock, newId })
    expect(preview.format).toBe('wikidata')
    expect(preview.counts.invalid).toBe(0)
    const site = preview.rows.find((r) => r.kind === 'site')
    expect(site).toMatchObject({ id: 'whc-440', status: 'changed' })
    expect(site?.fields?.map((f) => f.path)).toEqual(
      expect.arrayContaining(['/wikidataId', '/name/fr', '/name/de', '/name/zh-hans']),
    )
    const kinds = preview.rows.map((r) => `${r.kind}:${r.status}`)
    expect(kinds).toEqual(expect.arrayContaining(['property:new', 'source:new', 'statement:new']))
    const why = Object.fromEntries((preview.notKept ?? []).map((l) => [l.field, l.reason]))
    expect(why).toMatchObject({
      P31: 'no property of the dataset maps to P31',
      P18: 'no property of the dataset maps to P18',
      'labels.simple': 'not a language tag the dataset takes',
      P1435: expect.stringMatching(/Q1188447 is not World Heritage/),
    })
    await commitPlan(store, validators, plan, 'Import Q1133408')
    expect(store.get('site', 'whc-440')).toMatchObject({ wikidataId: 'Q1133408', yearInscribed: 1987 })
    const statements = [...store.all('statement')].filter((s) =>
      s.id.startsWith('wd-q1133408'),
    ) as Statement[]
    const inception = statements.find((s) => s.id === 'wd-q1133408-p571-1')
    expect(inception).toMatchObject({
      subject: { kind: 'site', id: 'whc-440' },
      value: { type: 'time', time: '+0366', precision: 'year' },
      references: [{ locator: { label: 'page', value: '12' } }],
    })
    const website = statements.find((s) => s.id === 'wd-q1133408-p856-1')
    expect(website).toMatchObject({ rank: 'preferred', qualifiers: [{ property: 'point-in-time' }] })
    const source = store.get('source', website?.references[0]?.source ?? '')
    expect(source).toMatchObject({
      URL: 'https://whc.unesco.org/en/list/440',
      accessed: { 'date-parts': [[2024, 7, 31]] },
    })

    // And out again: the linked site's statements go to QuickStatements with its item.
    const out = await tempDir()
    await exportDataset(
      { manifest: store.manifest, records: store.snapshot(), validators, clock },
      { format: 'quickstatements', folder: out },
    )
    const qs = await readFile(path.join(out, 'quickstatements.txt'), 'utf8')
    expect(qs).toMatch(
      /^Q1133408\tP856\t"https:\/\/www\.e-dunhuang\.com\/"\tP585\t\+2024-01-01T00:00:00Z\/11\tS854\t"https:\/\/whc\.unesco\.org\/en\/list\/440"/m,
    )
    expect(qs).toMatch(
      /^Q1133408\tP571\t\+0366-00-00T00:00:00Z\/9\tS854\t"https:\/\/www\.wikidata\.org\/wiki\/Q11920"/m,
    )
  })

  it('a new site from Wikidata alone is refused with the reason (no category or criteria), not half-made', async () => {
    const store = await emptyStore()
    const { preview } = await previewFile({ file: ENTITY, target: store, validators, clock, newId })
    const site = preview.rows.find((r) => r.kind === 'site')
    expect(site).toMatchObject({ id: 'whc-440', status: 'invalid' })
    expect(site?.warnings.join(' ')).toMatch(/no category or criteria/)
  })

  it('any other JSON given as Wikidata is refused, naming what it is', async () => {
    const store = await emptyStore()
    const file = path.join(await tempDir(), 'other.json')
    await writeFile(file, JSON.stringify({ hello: 'world' }))
    await expect(
      previewFile({ file, options: { format: 'wikidata' }, target: store, validators, clock, newId }),
    ).rejects.toThrow(/is JSON of another kind, not Wikidata entity JSON/)
  })
})
