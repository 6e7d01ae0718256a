import type { RecordOf } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import type { RecordLookup } from '../validation/integrity'
import { holderKind, type UniqueHolders } from '../validation/constraints/uniqueness-index'

interface RecordRef {
  kind: RecordKind
  id: string
}

const refKey = (kind: RecordKind, id: string) => `${kind}\u0000${id}`
const parse = (key: string): RecordRef => {
  const [kind, id] = key.split('\u0000') as [RecordKind, string]
  return { kind, id }
}

/**
 * Which records have issues that name another record (a shared UNESCO id names the other site):
 * when that record changes (renamed, its id changed, deleted), their issues must be checked
 * again. A statement's issue that names another statement calls it by its subject, so it also
 * depends on that subject.
 */
export class RelatedRecords {
  /** Named record → the records whose issues name it. */
  private readonly namedBy = new Map<string, Set<string>>()
  /** Record → the records its issues name. */
  private readonly names = new Map<string, string[]>()

  /** Remembers what a record's issues (as checked now) name, in place of what they named before. */
  set(kind: RecordKind, id: string, issues: readonly ValidationIssue[], lookup: RecordLookup): void {
    this.forget(kind, id)
    const named = new Set<string>()
    for (const issue of issues) {
      if (!issue.related) continue
      named.add(refKey(issue.related.kind, issue.related.id))
      if (issue.related.kind !== 'statement') continue
      const subject = (lookup.get('statement', issue.related.id) as RecordOf['statement'] | undefined)
        ?.subject
      if (subject?.kind === 'site') named.add(refKey('site', subject.id))
    }
    if (named.size === 0) return
    const self = refKey(kind, id)
    this.names.set(self, [...named])
    for (const key of named) {
      let set = this.namedBy.get(key)
      if (!set) this.namedBy.set(key, (set = new Set()))
      set.add(self)
    }
  }

  forget(kind: RecordKind, id: string): void {
    const self = refKey(kind, id)
    for (const key of this.names.get(self) ?? []) {
      const set = this.namedBy.get(key)
      set?.delete(self)
      if (set?.size === 0) this.namedBy.delete(key)
    }
    this.names.delete(self)
  }

  /**
   * The records whose issues may change with these changed ones: those whose issues name one of
   * them, and the other holders of each one's unique values now (they gain an issue naming it).
   */
  affectedBy(changed: readonly RecordRef[], uniqueness: UniqueHolders): RecordRef[] {
    const found = new Set<string>()
    for (const { kind, id } of changed) {
      for (const key of this.namedBy.get(refKey(kind, id)) ?? []) found.add(key)
      for (const key of uniqueness.keysOf(kind, id))
        for (const other of uniqueness.othersOf(key, id)) found.add(refKey(holderKind(key), other))
    }
    return [...found].map(parse)
  }
}
