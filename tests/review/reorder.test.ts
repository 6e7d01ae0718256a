import { describe, expect, it } from 'vitest'
import type { Statement } from '@shared/domain'
import { mogaoAlternativeName } from '../support/records'
import { sampleServices, snapshotFolder } from '../support/temp-dataset'

type Call = Awaited<ReturnType<typeof sampleServices>>['call']

/** Saves another English name of the Mogao Caves through main, as the form does; answers the statement. */
const saveName = async (call: Call, text: string) =>
  (await call<{ record: Statement }>('saveRecord', 'statement', mogaoAlternativeName(text))).record

describe('reordering the values of a property', () => {
  it('puts them in the order given, as one undoable step', async () => {
    const { call } = await sampleServices()
    const a = await saveName(call, 'Thousand Buddha Grottoes')
    const b = await saveName(call, 'Dunhuang Caves')
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
    const a = await saveName(call, 'Thousand Buddha Grottoes')
    await saveName(call, 'Dunhuang Caves')
    await saveName(call, 'Mogao Grottoes')
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
