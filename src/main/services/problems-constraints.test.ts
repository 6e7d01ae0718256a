/**
 * The Problems index follows constraint findings edit by edit (a duplicate's partner gains and
 * loses its issue, a renamed partner is named anew), and the deep check in the worker finds what
 * a full check on main finds: unique values and single values across the whole dataset.
 */
import { describe, expect, it } from 'vitest'
import type { Change, Site, Statement } from '@shared/domain'
import { RECORD_KINDS } from '@shared/result'
import { copySample } from '../../../tests/support/temp-dataset'
import { editKind } from '../../../tests/support/dataset-files'
import { registerIdProperty as registerId } from '../../../tests/support/records'
import { DatasetStore } from '../dataset/dataset-store'
import { nodeDisk } from '../dataset/fs/disk'
import { checkFolder } from '../dataset/check-folder'
import { createSchemaValidators } from '../validation/ajv'
import { ProblemsIndex } from './problems'

const validators = createSchemaValidators()

function expectSameAsFresh(index: ProblemsIndex, store: DatasetStore) {
  const fresh = new ProblemsIndex(validators)
  expect(index.all(store)).toEqual(fresh.all(store))
  for (const kind of RECORD_KINDS)
    expect(index.severitiesByRecord(store, kind)).toEqual(fresh.severitiesByRecord(store, kind))
  return index.all(store).filter((p) => p.rule.startsWith('constraint.'))
}

function registerStatement(id: string, site: string, text: string): Statement {
  const at = '2026-01-01T00:00:00.000Z'
  return {
    id,
    subject: { kind: 'site', id: site },
    property: registerId.id,
    value: { type: 'string', text },
    qualifiers: [],
    references: [{ source: 'xinhua-2024-06-12' }],
    rank: 'normal',
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  }
}

const pairs = (found: { record: { id: string }; rule: string; related?: { id: string } }[]) =>
  found.map((p) => `${p.rule} ${p.record.id} → ${p.related?.id ?? ''}`).sort()

describe('constraint findings in the problems index, edit by edit', () => {
  it('answers after each edit, undo and redo what a full recomputation answers', async () => {
    const store = await DatasetStore.open(await copySample(), validators, { compactAfterMs: 1e9 })
    const index = new ProblemsIndex(validators)
    expect(expectSameAsFresh(index, store)).toEqual([])
    const edit = async (changes: Change[]) => {
      await store.commit('edit', changes)
      return expectSameAsFresh(index, store)
    }
    const mogao = store.get('site', 'whc-440') as Site
    const copy = { ...mogao, id: 'site-copy', name: { en: 'Copy of Mogao' } }
    expect(pairs(await edit([{ kind: 'site', id: copy.id, before: null, after: copy }]))).toEqual([
      'constraint.unique site-copy → whc-440',
      'constraint.unique whc-440 → site-copy',
    ])
    // A third holder: each names the first other by id.
    const third = { ...mogao, id: 'site-aaa', name: { en: 'Third' } }
    expect(pairs(await edit([{ kind: 'site', id: third.id, before: null, after: third }]))).toEqual([
      'constraint.unique site-aaa → site-copy',
      'constraint.unique site-copy → site-aaa',
      'constraint.unique whc-440 → site-aaa',
    ])
    // The first holder renamed: the issues naming it say its new name.
    const renamed = { ...third, name: { en: 'Third, renamed' } }
    const named = await edit([{ kind: 'site', id: third.id, before: third, after: renamed }])
    expect(named.filter((p) => p.related?.id === 'site-aaa').map((p) => p.params?.other)).toEqual([
      'Third, renamed',
      'Third, renamed',
    ])
    // Its UNESCO id corrected: it leaves the group, the other two name each other.
    const corrected = { ...renamed, unescoId: 99010 }
    expect(pairs(await edit([{ kind: 'site', id: third.id, before: renamed, after: corrected }]))).toEqual([
      'constraint.unique site-copy → whc-440',
      'constraint.unique whc-440 → site-copy',
    ])
    // The copy deleted: nothing is left.
    expect(await edit([{ kind: 'site', id: copy.id, before: copy, after: null }])).toEqual([])
    await store.undoLast()
    expect(pairs(expectSameAsFresh(index, store))).toHaveLength(2)
    await store.redoLast()
    expect(expectSameAsFresh(index, store)).toEqual([])

    // A property declared unique and single-valued, then statements that break it.
    await edit([{ kind: 'property', id: registerId.id, before: null, after: registerId }])
    const a = registerStatement('stmt-a', 'whc-440', 'CN-001')
    const b = registerStatement('stmt-b', 'whc-438', 'CN-001')
    const c = registerStatement('stmt-c', 'whc-440', 'CN-002')
    expect(
      pairs(
        await edit([a, b, c].map((s) => ({ kind: 'statement' as const, id: s.id, before: null, after: s }))),
      ),
    ).toEqual([
      'constraint.single-value stmt-a → stmt-c',
      'constraint.single-value stmt-c → stmt-a',
      'constraint.unique stmt-a → stmt-b',
      'constraint.unique stmt-b → stmt-a',
    ])
    // The constraint made a warning by editing the property: every statement follows.
    const relaxed = {
      ...registerId,
      constraints: [{ type: 'unique' as const, severity: 'warning' as const }],
    }
    const after = await edit([{ kind: 'property', id: registerId.id, before: registerId, after: relaxed }])
    expect(after.map((p) => `${p.rule} ${p.severity}`).sort()).toEqual([
      'constraint.unique warning',
      'constraint.unique warning',
    ])
    // The subject of the statement another names is renamed: the message says the new name.
    const greatWall = store.get('site', 'whc-438') as Site
    const wall = { ...greatWall, name: { ...greatWall.name, en: 'The Great Wall of China' } }
    const relabelled = await edit([{ kind: 'site', id: wall.id, before: greatWall, after: wall }])
    expect(relabelled.find((p) => p.record.id === 'stmt-a')?.params?.other).toBe('The Great Wall of China')
    await store.close()
  })
})

describe('constraint findings of the deep check in the worker', () => {
  it('are those a full check on main finds', async () => {
    const folder = await copySample()
    await editKind(folder, 'property', (properties) => {
      properties.push(registerId)
      properties.sort((x, y) => (x.id < y.id ? -1 : 1))
    })
    await editKind(folder, 'site', (sites) => {
      sites.push({ ...(sites.find((s) => s.id === 'whc-440') as Site), id: 'site-copy' })
      sites.sort((x, y) => (x.id < y.id ? -1 : 1))
    })
    await editKind(folder, 'statement', (statements) => {
      statements.push(
        registerStatement('stmt-a', 'whc-440', 'CN-001'),
        registerStatement('stmt-b', 'whc-438', 'CN-001'),
      )
      statements.sort((x, y) => (x.id < y.id ? -1 : 1))
    })
    const inWorker = await DatasetStore.open(folder, validators, {
      deepCheckInWorkerAbove: 0,
      deepCheck: (f: string) => checkFolder(f, validators, nodeDisk),
      readOnly: true,
    })
    await inWorker.checked()
    expect(inWorker.checkedProblems).toBeDefined()
    const onMain = await DatasetStore.open(folder, validators, { readOnly: true })
    const seeded = new ProblemsIndex(validators).all(inWorker)
    const full = new ProblemsIndex(validators).all(onMain)
    expect(seeded).toEqual(full)
    expect(pairs(full.filter((p) => p.rule.startsWith('constraint.')))).toEqual([
      'constraint.unique site-copy → whc-440',
      'constraint.unique stmt-a → stmt-b',
      'constraint.unique stmt-b → stmt-a',
      'constraint.unique whc-440 → site-copy',
    ])
    await inWorker.close()
    await onMain.close()
  })
})
