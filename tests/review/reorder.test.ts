import { describe, expect, it } from 'vitest'
import type { Statement } from '@shared/domain'
import { sampleServices, snapshotFolder } from '../support/temp-dataset'

const alternativeName = (text: string) => ({
  subject: { kind: 'site', id: 'whc-440' },
  property: 'alternative-name',
  value: { type: 'monolingual', text, language: 'en' },
  qualifiers: [],
  references: [{ source: 'unesco-world-heritage-list-2024' }],
  rank: 'normal',
  status: 'draft',
})

describe('reordering the values of a property', () => {
  it('puts them in the order given, as one undoable step', async () => {
    const { call } = await sampleServices()
    const a = (
      await call<{ record: Statement }>(
        'saveRecord',
        'statement',
        alternativeName('Thousand Buddha Grottoes'),
      )
    ).record
    const b = (
      await call<{ record: Statement }>('saveRecord', 'statement', alternativeName('Dunhuang Caves'))
    ).record
    await call('reorderStatements', [b.id, a.id])
    const order = async () => [
      (await call<Statement>('getRecord', 'statement', a.id)).order,
      (await call<Statement>('getRecord', 'statement', b.id)).order,
    ]
    expect(await order()).toEqual([1, 0])
    await call('undo')
    expect(await order()).toEqual([undefined, undefined])
  })

  it('refuses anything but every value of one property of one subject, and changes nothing', async () => {
    const { call, dispatch, datasetPath } = await sampleServices()
    const a = (
      await call<{ record: Statement }>(
        'saveRecord',
        'statement',
        alternativeName('Thousand Buddha Grottoes'),
      )
    ).record
    await call('saveRecord', 'statement', alternativeName('Dunhuang Caves'))
    await call('saveRecord', 'statement', alternativeName('Mogao Grottoes'))
    const before = await snapshotFolder(datasetPath)
    for (const ids of [[a.id], [a.id, a.id], [a.id, 'stmt-cn-world-heritage-rank-2024']]) {
      expect(await dispatch('reorderStatements', [ids])).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    }
    expect(await dispatch('reorderStatements', [['stmt-gone']])).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })
})
