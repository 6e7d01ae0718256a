import type { RecordOf, RowOf, Source, Statement } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { foldForSearch } from './normalize'
import { searchText, sourceRow, statementRow } from './rows'

/** The tables other than sites (sites have their own index, with facets). */
export type TableKind = Exclude<RecordKind, 'site'>

type SortValue = string | number | undefined
/** A column's sort value; `language` is the interface's, for columns that read in it (labels). */
type SortKey<K extends TableKind> = (row: RowOf[K], language?: string) => SortValue

/**
 * A property's label as the curator reads it: in the Chinese interface its Chinese label where it
 * has one, else the English; in any other, the English first.
 */
export function labelFor(label: Record<string, string | undefined>, language = 'en'): string | undefined {
  const order = language.startsWith('zh') ? ['zh', 'zh-Hans', 'en'] : ['en']
  for (const code of order) if (label[code]) return label[code]
  return Object.values(label).find(Boolean)
}

/** The columns each table can sort by; anything else falls back to the first. */
export const SORT_KEYS: { [K in TableKind]: Record<string, SortKey<K>> } = {
  source: {
    title: (r) => r.title,
    type: (r) => r.type,
    issuedYear: (r) => r.issuedYear,
    citedBy: (r) => r.citedBy,
    status: (r) => r.status,
  },
  property: {
    label: (r, language) => labelFor(r.label, language) ?? r.id,
    id: (r) => r.id,
    datatype: (r) => r.datatype,
  },
  statement: {
    subject: (r) => r.subjectLabel,
    property: (r) => r.propertyLabel,
    value: (r) => r.valueText,
    references: (r) => r.referenceCount,
    rank: (r) => r.rank,
    status: (r) => r.status,
  },
}

const collators = new Map<string, Intl.Collator>()

/** The collation of the interface language: Chinese sorts by pinyin, English by letters. */
function collatorFor(language = 'en'): Intl.Collator {
  let collator = collators.get(language)
  if (!collator) {
    collator = new Intl.Collator(Intl.Collator.supportedLocalesOf([language]).length > 0 ? language : 'en', {
      numeric: true,
      sensitivity: 'base',
    })
    collators.set(language, collator)
  }
  return collator
}

export function compareSortValues(a: SortValue, b: SortValue, language = 'en'): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : collatorFor(language).compare(String(a), String(b))
}

/**
 * Each row's rank under `compareSortValues`: equal values share a rank, undefined ranks last.
 * The collator compares each distinct value only (a table of 500,000 statements has far fewer
 * distinct subjects or properties), and the rows then sort on numbers.
 */
function ranksOf(values: SortValue[], language: string): Float64Array {
  const distinct = [...new Set(values)].sort((a, b) => compareSortValues(a, b, language))
  const rank = new Map<SortValue, number>()
  distinct.forEach((value, i) => {
    const previous = distinct[i - 1]
    const tied = i > 0 && compareSortValues(previous, value, language) === 0
    rank.set(value, tied ? (rank.get(previous) as number) : i)
  })
  return Float64Array.from(values, (value) => rank.get(value) as number)
}

function citationCounts(store: DatasetStore): Map<string, number> {
  const counts = new Map<string, number>()
  for (const statement of store.all('statement')) {
    const seen = statement.references.length > 1 ? new Set<string>() : undefined
    for (const { source } of statement.references) {
      if (seen?.has(source)) continue
      seen?.add(source)
      counts.set(source, (counts.get(source) ?? 0) + 1)
    }
  }
  return counts
}

/** Edits in one go beyond which building the index again is quicker than updating it. */
const MAX_CHANGES_IN_PLACE = 2000

/** A statement row's folded search text: what the table shows of it. */
function statementText(row: RowOf['statement']): string {
  return foldForSearch([row.id, row.subjectLabel, row.propertyLabel, row.valueText].join(' '))
}

/** The sites and property whose labels a statement's row shows. */
function itemKeysOf(statement: Statement): string[] {
  const keys = [`property\u0000${statement.property}`]
  if (statement.subject.kind === 'site') keys.push(`site\u0000${statement.subject.id}`)
  if (statement.value.type === 'item' && statement.value.item.kind === 'site')
    keys.push(`site\u0000${statement.value.item.id}`)
  return keys
}

function addTo(map: Map<string, Set<number>>, key: string, at: number): void {
  const set = map.get(key)
  if (set) set.add(at)
  else map.set(key, new Set([at]))
}

function rowsOf<K extends TableKind>(store: DatasetStore, kind: K, records: RecordOf[K][]): RowOf[K][] {
  if (kind === 'statement') return (records as Statement[]).map((s) => statementRow(s, store)) as RowOf[K][]
  if (kind === 'source') {
    const counts = citationCounts(store)
    return (records as Source[]).map((s) => sourceRow(s, counts.get(s.id) ?? 0)) as RowOf[K][]
  }
  return records as unknown as RowOf[K][]
}

/**
 * A table's rows at one revision of the store, built once and reused by every query until the
 * next commit: scrolling a table of 500,000 statements fetches a block of rows at a time, and
 * each block would otherwise build, label and sort every row again. Sort orders and the folded
 * search texts are built the first time a query needs them.
 */
export class TableIndex<K extends TableKind> {
  readonly records: RecordOf[K][]
  readonly rows: RowOf[K][]
  private texts: string[] | undefined
  private readonly orders = new Map<string, Uint32Array>()
  private positions: Map<string, number> | undefined
  private dependants: Map<string, Set<number>> | undefined

  private constructor(
    public revision: number,
    private readonly store: DatasetStore,
    private readonly kind: K,
  ) {
    this.records = [...store.all(kind)]
    this.rows = rowsOf(store, kind, this.records)
  }

  private static readonly cache = new WeakMap<DatasetStore, Map<TableKind, TableIndex<TableKind>>>()

  /**
   * The index of the store's current revision, built on first use. After a few edits the
   * statements' index is brought up to date in place (see `update`); otherwise it is built again.
   */
  static of<K extends TableKind>(store: DatasetStore, kind: K): TableIndex<K> {
    const byKind = TableIndex.cache.get(store) ?? new Map<TableKind, TableIndex<TableKind>>()
    TableIndex.cache.set(store, byKind)
    const cached = byKind.get(kind) as TableIndex<K> | undefined
    if (cached?.revision === store.revision) return cached
    const changed = cached && kind === 'statement' ? store.changedSince(cached.revision) : undefined
    if (cached && changed && cached.update(changed)) return cached
    const index = new TableIndex(store.revision, store, kind)
    byKind.set(kind, index as unknown as TableIndex<TableKind>)
    return index
  }

  /**
   * Brings a statements index up to date with the records changed since its revision: edited
   * and new statements, and the labels of statements whose subject, property or item value was
   * edited. Answers false, changing nothing, when a statement was deleted or too much changed,
   * and the index must be built again.
   */
  private update(changed: { kind: RecordKind; id: string }[]): boolean {
    if (changed.length > MAX_CHANGES_IN_PLACE) return false
    const positions = this.positionsById()
    const refresh = new Set<number>()
    const added: RecordOf[K][] = []
    for (const ref of changed) {
      if (ref.kind === 'statement') {
        const record = this.store.get('statement', ref.id) as RecordOf[K] | undefined
        const at = positions.get(ref.id)
        if (!record) return false
        if (at === undefined) added.push(record)
        else refresh.add(at)
      } else if (ref.kind === 'site' || ref.kind === 'property') {
        for (const at of this.labelDependants().get(`${ref.kind}\u0000${ref.id}`) ?? []) refresh.add(at)
      }
    }
    const keys = SORT_KEYS[this.kind] as unknown as Record<string, SortKey<K>>
    const reordered = new Set<string>()
    for (const at of refresh) {
      const before = this.rows[at] as RowOf[K]
      this.records[at] = this.store.get(this.kind, before.id) as RecordOf[K]
      this.setRow(at)
      for (const [name, key] of Object.entries(keys))
        if (key(before) !== key(this.rows[at] as RowOf[K])) reordered.add(name)
    }
    for (const record of added) {
      this.records.push(record)
      this.setRow(this.records.length - 1)
      positions.set(record.id, this.records.length - 1)
      for (const name of Object.keys(keys)) reordered.add(name)
    }
    // An order whose keys moved is sorted again when next asked for.
    for (const cacheKey of [...this.orders.keys()])
      if (reordered.has(cacheKey.split('\u0000')[0] as string)) this.orders.delete(cacheKey)
    this.revision = this.store.revision
    return true
  }

  /** Sets the row (and search text, once built) at a position from its record. */
  private setRow(at: number): void {
    const record = this.records[at] as RecordOf[K]
    this.rows[at] = statementRow(record as Statement, this.store) as RowOf[K]
    if (this.texts) this.texts[at] = statementText(this.rows[at] as RowOf['statement'])
    if (this.dependants) for (const key of itemKeysOf(record as Statement)) addTo(this.dependants, key, at)
  }

  private positionsById(): Map<string, number> {
    this.positions ??= new Map(this.records.map((r, i) => [r.id, i]))
    return this.positions
  }

  /** For each site and property: the positions of the statements whose row shows its label. */
  private labelDependants(): Map<string, Set<number>> {
    if (!this.dependants) {
      const dependants = new Map<string, Set<number>>()
      this.records.forEach((record, at) => {
        for (const key of itemKeysOf(record as Statement)) addTo(dependants, key, at)
      })
      this.dependants = dependants
    }
    return this.dependants
  }

  /** Each row's folded search text, in row order. */
  searchTexts(): string[] {
    this.texts ??= this.records.map((record, i) => {
      if (this.kind !== 'statement') return foldForSearch(searchText(this.kind, record, this.store))
      return statementText(this.rows[i] as RowOf['statement'])
    })
    return this.texts
  }

  /**
   * Row positions sorted by a column (the table's first when unknown), in the collation of the
   * interface language, stably: ties keep the store's order, in both directions, as sorting the
   * rows themselves would.
   */
  order(sortBy: string | undefined, descending: boolean, language = 'en'): Uint32Array {
    const keys = SORT_KEYS[this.kind] as unknown as Record<string, SortKey<K>>
    const name = Object.hasOwn(keys, sortBy ?? '') ? (sortBy as string) : (Object.keys(keys)[0] as string)
    const cacheKey = `${name}\u0000${descending ? 'desc' : 'asc'}\u0000${language}`
    let order = this.orders.get(cacheKey)
    if (!order) {
      const key = keys[name] as SortKey<K>
      const ranks = ranksOf(
        this.rows.map((row) => key(row, language)),
        language,
      )
      const direction = descending ? -1 : 1
      const positions = Array.from(this.rows.keys())
      positions.sort((a, b) => {
        const ra = ranks[a] as number
        const rb = ranks[b] as number
        return ra === rb ? 0 : ra < rb ? -direction : direction
      })
      order = Uint32Array.from(positions)
      this.orders.set(cacheKey, order)
    }
    return order
  }
}
