import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { META_DIR } from '../../src/main/dataset/dataset-store'
import { commitPlan } from '../../src/main/exchange/import/commit'
import { previewFile } from '../../src/main/exchange/import/preview-file'
import { copySample, snapshotFolder, tempDir } from '../support/temp-dataset'
import { clock, closeStores, emptyStore, newId, openStore, UNESCO_CSV, validators } from './support'
import { writeFile } from 'node:fs/promises'

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
})
