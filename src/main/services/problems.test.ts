import { describe, expect, it } from 'vitest'
import type { Change, Property, Site, Source, Statement } from '../../shared/domain'
import { RECORD_KINDS } from '../../shared/result'
import { copySample } from '../../../tests/support/temp-dataset'
import { DatasetStore } from '../dataset/dataset-store'
import { createSchemaValidators } from '../validation/ajv'
import { ProblemsIndex } from './problems'

const validators = createSchemaValidators()

/** What a fresh index, computing everything, answers: the incremental one must answer the same. */
function expectSameAsFresh(index: ProblemsIndex, store: DatasetStore) {
  const fresh = new ProblemsIndex(validators)
  expect(index.all(store)).toEqual(fresh.all(store))
  for (const kind of RECORD_KINDS)
    expect(index.severitiesByRecord(store, kind)).toEqual(fresh.severitiesByRecord(store, kind))
  expect(index.query(store, { includeAcknowledged: true, limit: 1000 })).toEqual(
    fresh.query(store, { includeAcknowledged: true, limit: 1000 }),
  )
  return index.all(store)
}

describe('the problems index, kept up to date edit by edit', () => {
  it('answers after each commit, undo and redo exactly what a full recomputation answers', async () => {
    const store = await DatasetStore.open(await copySample(), validators, { compactAfterMs: 1e9 })
    const index = new ProblemsIndex(validators)
    const before = expectSameAsFresh(index, store)
    const edit = async (changes: Change[]) => {
      await store.commit('edit', changes)
      return expectSameAsFresh(index, store)
    }
    const site = (id: string) => store.get('site', id) as Site
    const statements = [...store.all('statement')]
    const counting = statements.find((s) => s.property === 'world-heritage-site-count') as Statement
    const cited = store.get('source', 'xinhua-2024-06-12') as Source
    const property = store.get('property', 'world-heritage-site-count') as Property

    // A site inscribed later changes the count a country statement checks.
    const first = [...store.all('site')].find((s) => s.statesParties.includes('CN')) as Site
    const counted = await edit([
      { kind: 'site', id: first.id, before: first, after: { ...first, yearInscribed: 2030 } },
    ])
    expect(counted).not.toEqual(before)
    // The cited source goes: every statement citing it dangles.
    const dangling = await edit([{ kind: 'source', id: cited.id, before: cited, after: null }])
    expect(dangling.filter((p) => p.rule === 'integrity.source-exists').length).toBe(statements.length)
    await store.undoLast()
    expect(expectSameAsFresh(index, store)).toEqual(counted)
    await store.redoLast()
    expectSameAsFresh(index, store)
    await store.undoLast()
    // A property renamed: the labels of its statements change.
    const renamed = await edit([
      {
        kind: 'property',
        id: property.id,
        before: property,
        after: { ...property, label: { en: 'Rank now' } },
      },
    ])
    expect(renamed.some((p) => p.label.includes('Rank now'))).toBe(true)
    // A statement about a site that does not exist yet, then the site.
    const about = { ...counting, id: 'stmt-new', subject: { kind: 'site' as const, id: 'whc-new' } }
    const orphan = await edit([{ kind: 'statement', id: about.id, before: null, after: about }])
    expect(orphan.some((p) => p.record.id === 'stmt-new' && p.rule === 'integrity.site-exists')).toBe(true)
    const added = { ...site(first.id), id: 'whc-new', name: { en: 'New site' } }
    const resolved = await edit([{ kind: 'site', id: added.id, before: null, after: added }])
    expect(resolved.some((p) => p.record.id === 'stmt-new' && p.rule === 'integrity.site-exists')).toBe(false)
    expect(resolved.some((p) => p.label.startsWith('New site'))).toBe(true)
    await store.close()
  })

  it('starts over when the files are reloaded', async () => {
    const store = await DatasetStore.open(await copySample(), validators, { compactAfterMs: 1e9 })
    const index = new ProblemsIndex(validators)
    const before = expectSameAsFresh(index, store)
    const source = store.get('source', 'xinhua-2024-06-12') as Source
    await store.commit('delete', [{ kind: 'source', id: source.id, before: source, after: null }])
    expect(expectSameAsFresh(index, store)).not.toEqual(before)
    await store.reloadFromDisk()
    expect(expectSameAsFresh(index, store)).toEqual(before)
    await store.close()
  })
})
