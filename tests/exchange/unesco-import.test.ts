import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { META_DIR } from '../../src/main/dataset/dataset-store'
import { commitPlan } from '../../src/main/exchange/import/commit'
import { previewFile } from '../../src/main/exchange/import/preview-file'
import { copySample, snapshotFolder, tempDir } from '../support/temp-dataset'
import { clock, closeStores, emptyStore, newId, openStore, UNESCO_CSV, validators } from './support'
import { readFile, writeFile } from 'node:fs/promises'
import type { Site } from '@shared/domain'

/** Our own file in the shape of UNESCO's multilingual exports (see fixtures/README.md). */
const LANGUAGES_CSV = path.join(import.meta.dirname, 'fixtures/unesco/whc-sites-languages.csv')
const previewLanguages = (target: Awaited<ReturnType<typeof emptyStore>>) =>
  previewFile({ file: LANGUAGES_CSV, target, validators, clock, newId })

afterEach(closeStores)

describe('UNESCO World Heritage List import', () => {
  it('maps all 1,223 rows of the 2024 export with no questions, quirks as warnings', async () => {
    const store = await emptyStore()
    const { preview, plan } = await previewFile({ file: UNESCO_CSV, target: store, validators, clock, newId })
    expect(preview.format).toBe('unesco-csv')
    expect(preview.needsMapping).toBeUndefined()
    expect(preview.counts).toEqual({ new: 1223, changed: 0, unchanged: 0, invalid: 0, duplicate: 0 })
    const row = (id: string) => preview.rows.find((r) => r.id === id)
    expect(row('whc-148')?.warnings.join(' ')).toMatch(/no state party code/i)
    expect(row('whc-1567')?.warnings.join(' ')).toMatch(/no coordinates/i)
    const jerusalem = plan.changes.get(row('whc-148')?.rowId ?? '')?.after
    expect(jerusalem).toMatchObject({
      id: 'whc-148',
      unescoId: 148,
      statesParties: [],
      inDanger: true,
      status: 'draft',
    })
    expect(jerusalem).not.toHaveProperty('areaHectares')
    const tulou = [...plan.changes.values()].find(
      (c) => (c.after as { unescoId?: number }).unescoId === 1113,
    )?.after
    expect(tulou).toMatchObject({ name: { en: 'Fujian Tulou' }, criteria: ['iii', 'iv', 'v'] })
    const beech = [...plan.changes.values()].find(
      (c) => (c.after as { unescoId?: number }).unescoId === 1133,
    )?.after
    expect((beech as { statesParties: string[] }).statesParties).toHaveLength(18)
    // UNESCO's texts never enter the dataset.
    for (const change of plan.changes.values()) expect(change.after).not.toHaveProperty('description')
  })

  it('commits as one undoable command, then previews as unchanged', async () => {
    const store = await emptyStore()
    const { plan } = await previewFile({ file: UNESCO_CSV, target: store, validators, clock, newId })
    const outcome = await commitPlan(store, validators, plan, 'Import whc-sites-2024.csv')
    expect(outcome.applied).toBe(1223)
    expect(store.count('site')).toBe(1223)
    const again = await previewFile({ file: UNESCO_CSV, target: store, validators, clock, newId })
    expect(again.preview.counts.unchanged).toBe(1223)
    await store.undoLast()
    expect(store.count('site')).toBe(0)
  })

  it('over the sample: its 59 sites are unchanged (Chinese names kept), the rest new', async () => {
    const store = await openStore(await copySample())
    const { preview } = await previewFile({ file: UNESCO_CSV, target: store, validators, clock, newId })
    expect(preview.counts).toMatchObject({ unchanged: 59, new: 1164, invalid: 0 })
  })

  it('shows a changed site field by field, and commits only the rows chosen', async () => {
    const store = await openStore(await copySample())
    const site = store.get('site', 'whc-1001')
    if (!site) throw new Error('sample changed')
    await store.commit('edit', [
      { kind: 'site', id: site.id, before: site, after: { ...site, yearInscribed: 1999, inDanger: true } },
    ])
    const { preview, plan } = await previewFile({ file: UNESCO_CSV, target: store, validators, clock, newId })
    const row = preview.rows.find((r) => r.id === 'whc-1001')
    expect(row?.status).toBe('changed')
    expect(row?.fields).toEqual([
      { path: '/inDanger', before: true, after: false },
      { path: '/yearInscribed', before: 1999, after: 2000 },
    ])
    const outcome = await commitPlan(store, validators, plan, 'Import', [row?.rowId ?? ''])
    expect(outcome.applied).toBe(1)
    expect(store.get('site', 'whc-1001')?.name.zh).toBe(site.name.zh)
    expect(store.count('site')).toBe(59)
  })

  it('refuses an unreadable file with a clear error and writes nothing', async () => {
    const folder = await copySample()
    const store = await openStore(folder)
    const bad = path.join(await tempDir(), 'bad.csv')
    await writeFile(bad, Buffer.from([0x69, 0x64, 0x0a, 0xff, 0xfe, 0x00, 0x41]))
    const before = await snapshotFolder(folder)
    await expect(previewFile({ file: bad, target: store, validators, clock, newId })).rejects.toThrow(
      /not UTF-8/,
    )
    await expect(
      previewFile({ file: path.join(folder, 'missing.csv'), target: store, validators, clock, newId }),
    ).rejects.toThrow(/no file/)
    const after = await snapshotFolder(folder)
    expect([...after.keys()].filter((k) => !k.startsWith(META_DIR))).toEqual(
      [...before.keys()].filter((k) => !k.startsWith(META_DIR)),
    )
  })

  it('reads every name_<lang>: French names land as fr, tags stripped and entities decoded in each', async () => {
    const store = await emptyStore()
    const { preview, plan } = await previewLanguages(store)
    expect(preview.format).toBe('unesco-csv')
    expect(preview.counts).toMatchObject({ new: 4, invalid: 0 })
    const site = (id: string) => [...plan.changes.values()].find((c) => c.id === id)?.after as Site
    expect(site('whc-440').name).toEqual({
      en: 'Mogao Caves',
      fr: 'Grottes de Mogao',
      es: 'Grutas de Mogao',
      ru: 'Пещеры Могао',
      ar: 'كهوف موغاو',
      zh: '莫高窟',
    })
    expect(site('whc-1113').name).toMatchObject({ en: 'Fujian Tulou', fr: 'Tulou du Fujian', zh: '福建土楼' })
    expect(site('whc-1113').name).not.toHaveProperty('ar')
    expect(site('whc-1156').name.fr).toBe('Vallée de l’Elbe à Dresde')
    expect(site('whc-654').name.fr).toBe("Sanctuaire de l'oryx arabe")
    for (const change of plan.changes.values()) expect(change.after).not.toHaveProperty('description')
  })

  it('reports the columns it did not import, and why', async () => {
    const store = await emptyStore()
    const { preview } = await previewFile({ file: LANGUAGES_CSV, target: store, validators, clock, newId })
    const why = Object.fromEntries((preview.ignoredColumns ?? []).map((c) => [c.column, c.reason]))
    expect(why).toMatchObject({
      short_description_en: 'licence',
      short_description_fr: 'licence',
      justification_fr: 'licence',
      C1: 'repeats',
      N10: 'repeats',
      category_short: 'repeats',
      states_name_fr: 'repeats',
      region_fr: 'repeats',
      unique_number: 'no-field',
      rev_bis: 'no-field',
      date_end: 'no-field',
      danger_list: 'no-field',
      udnp_code: 'no-field',
    })
    for (const read of ['id_no', 'name_fr', 'name_zh', 'criteria_txt', 'iso_code', 'date_delisted'])
      expect(why, read).not.toHaveProperty(read)
    const real = await previewFile({ file: UNESCO_CSV, target: store, validators, clock, newId })
    expect(real.preview.ignoredColumns?.map((c) => c.column)).toContain('short_description_en')
  })

  it('imports a delisted site as delisted, with the year, and says so', async () => {
    const store = await emptyStore()
    const { preview, plan } = await previewLanguages(store)
    const dresden = preview.rows.find((r) => r.id === 'whc-1156')
    expect(dresden?.warnings.join(' ')).toMatch(/Delisted in 2009/)
    await commitPlan(store, validators, plan, 'Import')
    expect(store.get('site', 'whc-1156')?.yearDelisted).toBe(2009)
    expect(store.get('site', 'whc-654')?.yearDelisted).toBe(2007)
    expect(store.get('site', 'whc-440')).not.toHaveProperty('yearDelisted')
  })

  it('refuses a row that says delisted without a year, rather than import it as listed', async () => {
    const store = await emptyStore()
    const file = path.join(await tempDir(), 'delisted.csv')
    const text = await readFile(LANGUAGES_CSV, 'utf8')
    await writeFile(file, text.replace(/,2009\n/, ',yes\n'))
    const { preview } = await previewFile({ file, target: store, validators, clock, newId })
    const row = preview.rows.find((r) => r.id === 'whc-1156')
    expect(row?.status).toBe('invalid')
    expect(row?.issues[0]?.message).toMatch(/delisted but gives no year/)
  })
})
