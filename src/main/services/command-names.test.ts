/**
 * Main's command labels name records by id; the undo state, undo and redo and a record's versions
 * carry the names to say them with (issue 14, item 6: "Edit site Mogao Caves", not an id), even
 * for a record the command deleted.
 */
import { describe, expect, it } from 'vitest'
import type { Command, RecordVersion, Site, Statement, UndoState } from '@shared/domain'
import { sampleServices } from '../../../tests/support/temp-dataset'

const MOGAO = { en: 'Mogao Caves', zh: '莫高窟' }

describe('the names a command is said with', () => {
  it('names an edited site, and a deleted one by its last version, through undo and redo', async () => {
    const { call } = await sampleServices()
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    await call('saveRecord', 'site', { ...site, inDanger: true })
    expect((await call<UndoState>('getUndoState')).undo).toMatchObject({
      label: 'Edit site whc-440',
      names: { record: MOGAO },
    })
    await call('deleteRecord', 'site', 'whc-440')
    expect((await call<UndoState>('getUndoState')).undo).toMatchObject({
      label: 'Delete site whc-440',
      names: { record: MOGAO },
    })
    expect(await call<Command>('undo')).toMatchObject({ names: { record: MOGAO } })
    expect((await call<UndoState>('getUndoState')).redo).toMatchObject({ names: { record: MOGAO } })
    expect(await call<Command>('redo')).toMatchObject({ names: { record: MOGAO } })
  })

  it('names a statement by its subject and property, and a country’s statement by its code', async () => {
    const { call } = await sampleServices()
    const area = await call<Statement>('getRecord', 'statement', 'stmt-whc-438-area-2024')
    await call('saveRecord', 'statement', { ...area, rank: 'normal' })
    expect((await call<UndoState>('getUndoState')).undo?.names).toEqual({
      record: { en: 'The Great Wall: area', zh: '长城: 面积' },
    })
    const versions = await call<RecordVersion[]>('getHistory', 'statement', area.id)
    expect(versions[0]?.names).toEqual({ record: { en: 'The Great Wall: area', zh: '长城: 面积' } })

    const aboutChina = (
      await call<{ rows: Statement[] }>('queryRecords', 'statement', { limit: 100 })
    ).rows.find((s) => s.subject.kind === 'country') as Statement
    await call('deleteRecord', 'statement', aboutChina.id)
    const names = (await call<UndoState>('getUndoState')).undo?.names?.record
    expect(names?.en).toMatch(/^CN: /)
    expect(names?.zh).toMatch(/^CN: [^A-Za-z]+$/)
  })

  it('names both sites of a merge, and the property of a reorder', async () => {
    const { call } = await sampleServices()
    await call('mergeSites', 'whc-440', 'whc-1004')
    expect((await call<UndoState>('getUndoState')).undo).toMatchObject({
      label: 'Merge site whc-1004 into whc-440',
      names: {
        record: MOGAO,
        removed: { en: 'Imperial Tombs of the Ming and Qing Dynasties', zh: '明清皇家陵寝' },
      },
    })
    const criteria = ['i', 'ii', 'iii', 'iv', 'vi'].map((c) => `stmt-whc-438-criterion-${c}`)
    await call('reorderStatements', [...criteria].reverse())
    expect((await call<UndoState>('getUndoState')).undo).toMatchObject({
      label: 'Reorder world-heritage-criterion values',
      names: { property: { en: 'World Heritage criterion', zh: '世界遗产标准' } },
    })
  })
})
