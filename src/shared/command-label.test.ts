import { describe, expect, it } from 'vitest'
import { commandRecord, readCommandLabel } from './command-label'

describe('readCommandLabel', () => {
  it('reads every label shape main writes', () => {
    expect(readCommandLabel('Edit site whc-440')).toEqual({ key: 'edit', kind: 'site', id: 'whc-440' })
    expect(readCommandLabel('Create source xinhua-2024')).toEqual({
      key: 'create',
      kind: 'source',
      id: 'xinhua-2024',
    })
    expect(readCommandLabel('Delete statement st-1')).toEqual({
      key: 'delete',
      kind: 'statement',
      id: 'st-1',
    })
    expect(readCommandLabel('Restore deletion of site whc-1')).toEqual({
      key: 'restoreDeletion',
      kind: 'site',
      id: 'whc-1',
    })
    expect(readCommandLabel('Restore site whc-1 as of 2026-01-02T03:04:05.000Z')).toEqual({
      key: 'restoreVersion',
      kind: 'site',
      id: 'whc-1',
      at: '2026-01-02T03:04:05.000Z',
    })
    expect(readCommandLabel('Merge site copy-1 into whc-438')).toEqual({
      key: 'merge',
      kind: 'site',
      removed: 'copy-1',
      id: 'whc-438',
    })
    expect(readCommandLabel('Import whc-sites 2024.csv')).toEqual({
      key: 'import',
      file: 'whc-sites 2024.csv',
    })
    expect(readCommandLabel('Restore backup 2026-01-02')).toEqual({
      key: 'restoreBackup',
      name: '2026-01-02',
    })
    expect(readCommandLabel('Reorder P1082 values')).toEqual({ key: 'reorder', property: 'P1082' })
  })

  it('leaves a label of another shape alone', () => {
    expect(readCommandLabel('Edit the whole world')).toBeNull()
    expect(readCommandLabel('Edit planet x')).toBeNull()
  })

  it('names the record a command is about, when there is one', () => {
    expect(commandRecord(readCommandLabel('Merge site a into b'))).toEqual({ kind: 'site', id: 'b' })
    expect(commandRecord(readCommandLabel('Import a.csv'))).toBeNull()
  })
})
