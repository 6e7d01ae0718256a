import type { Property, RecordOf, Statement } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { identifierFields, type IdentifierField } from '@shared/identifiers'
import { subjectKey, valueKey } from './value-key'

type AnyRecord = RecordOf[RecordKind]

/** What the index is built from: a dataset's records (a store, an import's overlay, the deep check's). */
interface IndexSource {
  get<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined
  all<K extends RecordKind>(kind: K): Iterable<RecordOf[K]>
}

const hasConstraint = (property: Property | undefined, type: string) =>
  property?.constraints?.some((c) => c.type === type) ?? false

/** The key under which an identifier field's value is held: "site, unescoId, 440". */
export function fieldKey(kind: RecordKind, entry: IdentifierField, value: unknown): string {
  return `${kind}\u0000${entry.field}\u0000${entry.normalize(String(value))}`
}

/** The key of a statement's value, for a property whose values are unique. */
export function uniqueValueKey(statement: Statement, property: Property | undefined): string {
  return `value\u0000${statement.property}\u0000${valueKey(statement.value, property)}`
}

/** The key of a statement's subject and property, for a property that takes a single value. */
export function singleValueKey(statement: Statement): string {
  return `single\u0000${statement.property}\u0000${subjectKey(statement.subject)}`
}

/** The kind of record that holds a key: identifier keys start with the kind, constraint keys are statements'. */
export function holderKind(key: string): RecordKind {
  const prefix = key.slice(0, key.indexOf('\u0000'))
  return prefix === 'site' || prefix === 'source' ? prefix : 'statement'
}

/** Whether a statement counts for its property's unique and single-value constraints. */
export function countsForConstraints(statement: Statement): boolean {
  return statement.rank !== 'deprecated'
}

/** What the rules ask of the index: the holders of a record's keys, other than itself. */
export interface UniqueHolders {
  keysOf(kind: RecordKind, id: string): readonly string[]
  othersOf(key: string, selfId: string): string[]
  otherHolder(key: string, selfId: string): string | undefined
}

/**
 * Who holds each value that must be unique: each identifier field's values (UNESCO id, Wikidata
 * item, DOI, ISBN, URL), the values of statements whose property is unique, and the statements
 * of each subject for properties that take a single value. A check asks for the other holders of
 * a record's keys; an edit moves one record's keys (`put`, `remove`), so the index follows a
 * store edit by edit. Only statements of constrained properties are held: at 500,000 statements
 * with none constrained, the index holds the sites' and sources' identifiers alone.
 */
export class UniquenessIndex implements UniqueHolders {
  private readonly holders = new Map<string, Set<string>>()
  private readonly keysByRecord = new Map<string, string[]>()

  constructor(private readonly property: (id: string) => Property | undefined) {}

  /** The index over every record of a dataset. */
  static over(source: IndexSource): UniquenessIndex {
    const index = new UniquenessIndex((id) => source.get('property', id))
    for (const kind of ['site', 'source'] as const)
      for (const record of source.all(kind)) index.put(kind, record)
    const constrained = new Set<string>()
    for (const p of source.all('property'))
      if (hasConstraint(p, 'unique') || hasConstraint(p, 'single-value')) constrained.add(p.id)
    if (constrained.size > 0)
      for (const s of source.all('statement')) if (constrained.has(s.property)) index.put('statement', s)
    return index
  }

  /** The keys a record holds, as it is. */
  keysFor(kind: RecordKind, record: AnyRecord): string[] {
    if (kind === 'statement') {
      const statement = record as Statement
      // A record that breaks its schema (opened read-only) holds nothing: its shape is not known.
      if (!countsForConstraints(statement) || !statement.value?.type || !statement.subject?.kind) return []
      const property = this.property(statement.property)
      const keys: string[] = []
      if (hasConstraint(property, 'unique')) keys.push(uniqueValueKey(statement, property))
      if (hasConstraint(property, 'single-value')) keys.push(singleValueKey(statement))
      return keys
    }
    const keys: string[] = []
    for (const entry of identifierFields(kind)) {
      const value = (record as unknown as Record<string, unknown>)[entry.field]
      if (value === undefined || value === '' || !entry.constraints.some((c) => c.type === 'unique')) continue
      keys.push(fieldKey(kind, entry, value))
    }
    return keys
  }

  /** Takes a record's keys as it is now, in place of those it held before. */
  put(kind: RecordKind, record: AnyRecord): void {
    this.remove(kind, record.id)
    const keys = this.keysFor(kind, record)
    if (keys.length === 0) return
    this.keysByRecord.set(`${kind}\u0000${record.id}`, keys)
    for (const key of keys) {
      let set = this.holders.get(key)
      if (!set) this.holders.set(key, (set = new Set()))
      set.add(record.id)
    }
  }

  remove(kind: RecordKind, id: string): void {
    const ref = `${kind}\u0000${id}`
    for (const key of this.keysByRecord.get(ref) ?? []) {
      const set = this.holders.get(key)
      set?.delete(id)
      if (set?.size === 0) this.holders.delete(key)
    }
    this.keysByRecord.delete(ref)
  }

  /** The keys the index holds for a record (as it was last put). */
  keysOf(kind: RecordKind, id: string): readonly string[] {
    return this.keysByRecord.get(`${kind}\u0000${id}`) ?? []
  }

  /** Every record that holds a key, with its keys (what a partial re-check looks through). */
  eachHolder(visit: (kind: RecordKind, id: string, keys: readonly string[]) => void): void {
    for (const [ref, keys] of this.keysByRecord) {
      const cut = ref.indexOf('\u0000')
      visit(ref.slice(0, cut) as RecordKind, ref.slice(cut + 1), keys)
    }
  }

  /** Every holder of a key but `selfId`. */
  othersOf(key: string, selfId: string): string[] {
    return [...(this.holders.get(key) ?? [])].filter((id) => id !== selfId)
  }

  /** The other holder a message names: the first by id, so that every check names the same one. */
  otherHolder(key: string, selfId: string): string | undefined {
    return firstOther(this.holders.get(key) ?? [], selfId)
  }

  /**
   * The index as it would be without some records of one kind (a merge's removed site), without
   * copying it: a merged site is checked as if the site it absorbs were gone.
   */
  without(kind: RecordKind, ids: ReadonlySet<string>): UniqueHolders {
    const gone = (key: string, id: string) => holderKind(key) === kind && ids.has(id)
    return {
      keysOf: (k, id) => (k === kind && ids.has(id) ? [] : this.keysOf(k, id)),
      othersOf: (key, selfId) => this.othersOf(key, selfId).filter((id) => !gone(key, id)),
      otherHolder: (key, selfId) =>
        firstOther(
          [...(this.holders.get(key) ?? [])].filter((id) => !gone(key, id)),
          selfId,
        ),
    }
  }
}

function firstOther(holders: Iterable<string>, selfId: string): string | undefined {
  let first: string | undefined
  for (const id of holders) if (id !== selfId && (first === undefined || id < first)) first = id
  return first
}
