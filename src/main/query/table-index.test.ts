import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Change, Property, RecordQuery, Site, Statement } from '@shared/domain'
import { tempDir } from '../../../tests/support/temp-dataset'
import { generateDataset, SCALES } from '../../../bench/generate'
import { DatasetStore } from '../dataset/dataset-store'
import { createSchemaValidators } from '../validation/ajv'
import { foldForSearch, matchesAllTerms } from './normalize'
import { queryRecords } from './query-records'
import { sameItem, statementRow } from './rows'
import { compareSortValues, SORT_KEYS } from './table-index'

/** The statements table worked out from scratch: every row built, filtered and sorted again. */
function fromScratch(store: DatasetStore, query: RecordQuery) {
  const keys = SORT_KEYS.statement
  const key = (keys[query.sortBy ?? ''] ?? keys.subject) as (typeof keys)['subject']
  const direction = query.sortDirection === 'desc' ? -1 : 1
  const rows = [...store.all('statement')]
    .filter((s) => !query.subject || sameItem(s.subject, query.subject))
    .filter((s) => !query.status || query.status.includes(s.status))
    .map((s) => statementRow(s, store))
    .filter((r) => {
      const text = foldForSearch([r.id, r.subjectLabel, r.propertyLabel, r.valueText].join(' '))
      return !query.search || matchesAllTerms(text, query.search)
    })
    .sort((a, b) => direction * compareSortValues(key(a), key(b)))
  const offset = query.offset ?? 0
  return { rows: rows.slice(offset, offset + (query.limit ?? 50)), total: rows.length, offset }
}

const QUERIES: RecordQuery[] = [
  { limit: 40 },
  { limit: 40, offset: 700 },
  { sortBy: 'value', limit: 40 },
  { sortBy: 'value', sortDirection: 'desc', limit: 40 },
  { sortBy: 'references', sortDirection: 'desc', limit: 40 },
  { sortBy: 'property', limit: 40, offset: 100 },
  { search: 'temple', limit: 40 },
  { status: ['approved'], sortBy: 'rank', limit: 40 },
]

async function benchStore() {
  const folder = path.join(await tempDir(), 'dataset')
  await generateDataset(folder, SCALES.tiny as (typeof SCALES)['tiny'])
  return DatasetStore.open(folder, createSchemaValidators(), {})
}

function expectSameAsFromScratch(store: DatasetStore, extra: RecordQuery[] = []) {
  for (const query of [...QUERIES, ...extra])
    expect(queryRecords(store, 'statement', query), JSON.stringify(query)).toEqual(fromScratch(store, query))
}

describe('the statements table index', () => {
  it('pages, sorts and searches 1,500 statements as building every row would', async () => {
    const store = await benchStore()
    try {
      expect(queryRecords(store, 'statement', { limit: 1 }).total).toBe(1500)
      expectSameAsFromScratch(store)
    } finally {
      await store.close()
    }
  })

  it('follows edits, new statements, renamed sites and properties, and a deletion', async () => {
    const store = await benchStore()
    const edit = async (change: Change) => {
      await store.commit('test', [change])
      expectSameAsFromScratch(store, [{ subject: { kind: 'site', id: subjectId }, limit: 100 }])
    }
    const first = store.all('statement')[Symbol.iterator]().next().value as Statement
    const subjectId = (first.subject as { id: string }).id
    try {
      expectSameAsFromScratch(store) // every order and search text built before the edits
      await edit({
        kind: 'statement',
        id: first.id,
        before: first,
        after: { ...first, rank: 'deprecated', value: { type: 'string', text: 'Zzz last by value' } },
      })
      const site = store.get('site', subjectId) as Site
      await edit({ kind: 'site', id: site.id, before: site, after: { ...site, name: { en: 'Aaa renamed' } } })
      const property = store.get('property', first.property) as Property
      await edit({
        kind: 'property',
        id: property.id,
        before: property,
        after: { ...property, label: { en: 'a relabelled property' } },
      })
      const added = { ...first, id: 'stmt-added', status: 'approved' as const }
      await edit({ kind: 'statement', id: added.id, before: null, after: added })
      const current = store.get('statement', first.id) as Statement
      await edit({ kind: 'statement', id: first.id, before: current, after: null })
      expect(queryRecords(store, 'statement', { limit: 1 }).total).toBe(1500)
    } finally {
      await store.close()
    }
  })
})
