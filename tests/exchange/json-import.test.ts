import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { previewFile } from '../../src/main/exchange/import/preview-file'
import { copySample, tempDir } from '../support/temp-dataset'
import { clock, closeStores, emptyStore, newId, openStore, UNESCO_CSV, validators } from './support'

afterEach(closeStores)

describe('JSON import', () => {
  it('a plain array of sites: new ones get defaults, existing ones are changed field by field', async () => {
    const store = await openStore(await copySample())
    const file = path.join(await tempDir(), 'sites.json')
    await writeFile(
      file,
      JSON.stringify([
        { id: 'my-site', name: { en: 'My Site' }, category: 'natural', criteria: ['vii'] },
        { unescoId: 1001, id: 'other-id', name: { fr: 'Mont Qingcheng' } },
        { id: 'bad', name: { en: 'Bad' }, category: 'cultural', criteria: ['vii'] },
        42,
      ]),
    )
    const { preview, plan } = await previewFile({ file, target: store, validators, clock, newId })
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'changed', 'invalid', 'invalid'])
    expect(plan.changes.get('row-1')?.after).toMatchObject({
      statesParties: [],
      inDanger: false,
      status: 'draft',
    })
    expect(preview.rows[1]).toMatchObject({ id: 'whc-1001', matches: { id: 'whc-1001', by: 'unescoId' } })
    expect(preview.rows[1]?.fields).toEqual([{ path: '/name/fr', after: 'Mont Qingcheng' }])
    expect(preview.rows[2]?.issues[0]?.path).toBe('/criteria/0')
    expect(preview.rows[3]?.issues[0]?.message).toMatch(/not an object/)
  })

  it('two new sites with one Wikidata item are both invalid, each naming the other; a third of its own is new', async () => {
    const store = await openStore(await copySample())
    const file = path.join(await tempDir(), 'sites.json')
    const site = { category: 'natural', criteria: ['vii'], statesParties: ['CN'] }
    await writeFile(
      file,
      JSON.stringify([
        { ...site, id: 'peak-a', name: { en: 'Peak A' }, wikidataId: 'Q999001' },
        { ...site, id: 'peak-b', name: { en: 'Peak B' }, wikidataId: 'Q999001' },
        { ...site, id: 'peak-c', name: { en: 'Peak C' }, wikidataId: 'Q999002' },
      ]),
    )
    const { preview } = await previewFile({ file, target: store, validators, clock, newId })
    expect(preview.rows.map((r) => r.status)).toEqual(['invalid', 'invalid', 'new'])
    expect(preview.rows[0]?.issues).toContainEqual(
      expect.objectContaining({
        path: '/wikidataId',
        rule: 'constraint.unique',
        message: expect.stringContaining('“Peak B”'),
      }),
    )
    expect(preview.rows[1]?.issues).toContainEqual(
      expect.objectContaining({ path: '/wikidataId', message: expect.stringContaining('“Peak A”') }),
    )
  })

  it('refuses JSON that is neither an export nor an array of sites', async () => {
    const store = await emptyStore()
    const file = path.join(await tempDir(), 'other.json')
    await writeFile(file, '{"hello": "world"}')
    await expect(previewFile({ file, target: store, validators, clock, newId })).rejects.toThrow(/neither/)
  })

  it('a preview can be cancelled', async () => {
    const store = await emptyStore()
    const controller = new AbortController()
    const run = previewFile(
      { file: UNESCO_CSV, target: store, validators, clock, newId },
      { signal: controller.signal, onProgress: (done) => (done > 400 ? controller.abort() : undefined) },
    )
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' })
  })
})

describe('mapped CSV import: awkward headers', () => {
  it('a duplicate header gets a suggested mapping that the import itself accepts', async () => {
    const store = await emptyStore()
    const file = path.join(await tempDir(), 'twice.csv')
    await writeFile(
      file,
      'name,Name,lat,lon,category,criteria\nMogao,Mogao Caves,40.1,94.8,cultural,(i)(ii)\n',
    )
    const first = await previewFile({ file, target: store, validators, clock, newId })
    const suggested = first.preview.needsMapping?.suggested ?? []
    expect(suggested).toEqual(['name:en', null, 'latitude', 'longitude', 'category', 'criteria'])
    const again = await previewFile({
      file,
      options: { format: 'csv', mapping: suggested },
      target: store,
      validators,
      clock,
      newId,
    })
    expect(again.preview.counts.new).toBe(1)
  })

  it('a __proto__ or constructor header is a header like any other (text, no target)', async () => {
    const store = await emptyStore()
    const file = path.join(await tempDir(), 'proto.csv')
    await writeFile(file, '__proto__,constructor,name\nx,y,Mogao Caves\n')
    const { preview } = await previewFile({ file, target: store, validators, clock, newId })
    expect(preview.needsMapping?.headers).toEqual(['__proto__', 'constructor', 'name'])
    expect(preview.needsMapping?.suggested).toEqual([null, null, 'name:en'])
  })
})
