import { describe, expect, it } from 'vitest'
import type { Change, Property, Site, Source, Statement } from '@shared/domain'
import { RECORD_KINDS } from '@shared/result'
import { copySample } from '../../../tests/support/temp-dataset'
import { sampleWithProblems } from '../../../tests/support/problem-dataset'
import { editKind } from '../../../tests/support/dataset-files'
import { DatasetStore } from '../dataset/dataset-store'
import { nodeDisk } from '../dataset/fs/disk'
import { checkFolder } from '../dataset/check-folder'
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
    // The cited source goes: every statement citing it dangles (the List's citations do not).
    const citing = statements.filter((s) => s.references.some((r) => r.source === cited.id))
    expect(citing).toHaveLength(6)
    const dangling = await edit([{ kind: 'source', id: cited.id, before: cited, after: null }])
    expect(dangling.filter((p) => p.rule === 'integrity.source-exists').length).toBe(citing.length)
    await store.undoLast()
    expect(expectSameAsFresh(index, store)).toEqual(counted)
    // Redoing it would save the dangling references again: undo and redo are checked like a commit.
    await expect(store.redoLast()).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(expectSameAsFresh(index, store)).toEqual(counted)
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

/** The deep check a large dataset gets, run in this thread (the worker runs the same function). */
const inProcess = {
  deepCheckInWorkerAbove: 0,
  deepCheck: (folder: string) => checkFolder(folder, validators, nodeDisk),
}

/** The same folder opened on its own and checked in full on main, the way a small dataset is. */
async function expectSameAsMain(index: ProblemsIndex, store: DatasetStore) {
  const onMain = await DatasetStore.open(store.folder, validators, { readOnly: true })
  expect(onMain.checkedProblems).toBeUndefined()
  const fresh = new ProblemsIndex(validators)
  expect(index.all(store)).toEqual(fresh.all(onMain))
  for (const kind of RECORD_KINDS)
    expect(index.severitiesByRecord(store, kind)).toEqual(fresh.severitiesByRecord(onMain, kind))
  const all = { includeAcknowledged: true, limit: 1000 }
  expect(index.query(store, all)).toEqual(fresh.query(onMain, all))
  await onMain.close()
  return index.all(store)
}

describe('the problems index of a large dataset, seeded from its deep check', () => {
  it('answers what a full computation on main answers, before and after edits', async () => {
    const store = await DatasetStore.open(await sampleWithProblems(), validators, {
      ...inProcess,
      compactAfterMs: 1e9,
    })
    const index = new ProblemsIndex(validators)
    expect(store.checking).toBe(true)
    expect(index.ready(store)).toBe(false)
    await store.checked()
    expect(store.readOnly).toBe(false)
    expect(index.ready(store)).toBe(true)
    expect(store.checkedProblems?.problems.length).toBeGreaterThan(0)
    const seeded = await expectSameAsMain(index, store)
    const severities = new Set(seeded.map((p) => p.severity))
    expect(severities).toEqual(new Set(['error', 'warning', 'suggestion']))
    expect(seeded.some((p) => p.acknowledged?.reason === 'Checked')).toBe(true)
    expect(seeded.filter((p) => p.rule === 'statement.citation-needed')).toHaveLength(1)

    // Edits after the check: the seeded index follows them as an index computed on main would.
    // (A reopen replays the journal checked like a commit, so the edits here are sound ones.)
    const [source] = [...store.all('source')].filter((s) => s.URL?.startsWith('ftp:'))
    const fixedUrl = { ...(source as Source), URL: 'https://whc.unesco.org/en/list' }
    await store.commit('fix', [
      { kind: 'source', id: fixedUrl.id, before: source as Source, after: fixedUrl },
    ])
    const fixed = await expectSameAsMain(index, store)
    expect(seeded.some((p) => p.rule === 'source.url-is-web')).toBe(true)
    expect(fixed.some((p) => p.rule === 'source.url-is-web')).toBe(false)
    const site = [...store.all('site')].find((s) => s.statesParties.includes('CN')) as Site
    await store.commit('later', [
      { kind: 'site', id: site.id, before: site, after: { ...site, yearInscribed: 2030 } },
    ])
    await expectSameAsMain(index, store)
    await store.close()
  })

  it('takes the check made before edits that were committed while it ran', async () => {
    const store = await DatasetStore.open(await sampleWithProblems(), validators, {
      ...inProcess,
      compactAfterMs: 1e9,
    })
    const statement = [...store.all('statement')][1] as Statement
    await store.commit('cite', [
      {
        kind: 'statement',
        id: statement.id,
        before: statement,
        after: { ...statement, references: [{ source: 'xinhua-2024-06-12' }] },
      },
    ])
    await store.checked()
    expect(store.checkedProblems?.revision).toBe(0)
    const after = await expectSameAsMain(new ProblemsIndex(validators), store)
    expect(after.some((p) => p.rule === 'statement.citation-needed')).toBe(false)
    await store.close()
  })

  it('keeps the problems of a dataset whose check fails, read-only', async () => {
    const folder = await sampleWithProblems()
    await editKind(folder, 'statement', (statements) => {
      ;(statements[0] as Statement).references = [{ source: 'no-such-source' }]
    })
    const store = await DatasetStore.open(folder, validators, inProcess)
    await store.checked()
    expect(store.readOnlyReason).toMatch(/no-such-source/)
    const problems = await expectSameAsMain(new ProblemsIndex(validators), store)
    expect(problems.some((p) => p.rule === 'integrity.source-exists')).toBe(true)
    expect(problems.some((p) => p.rule === 'source.url-is-web')).toBe(true)
    await store.close()
  })
})
