import type { RecordOf, Statement, Value } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import { integrityIssuesOf, type RecordLookup } from '../validation/integrity'
import type { RecordMaps } from './apply-changes'
import { shardFileOfRecord } from './shard-files'

type Targets = { site: Set<string>; source: Set<string>; property: Set<string> }

const itemSite = (value: Value | undefined) =>
  value?.type === 'item' && value.item?.kind === 'site' ? value.item.id : undefined

/** The ids of other records a statement names (read defensively: a file's record may be malformed). */
function referencesOf(statement: Statement): [keyof Targets, string][] {
  const refs: [keyof Targets, string][] = []
  if (statement.subject?.kind === 'site') refs.push(['site', statement.subject.id])
  refs.push(['property', statement.property])
  const site = itemSite(statement.value)
  if (site !== undefined) refs.push(['site', site])
  for (const qualifier of Array.isArray(statement.qualifiers) ? statement.qualifiers : []) {
    refs.push(['property', qualifier?.property])
    const qualified = itemSite(qualifier?.value)
    if (qualified !== undefined) refs.push(['site', qualified])
  }
  for (const reference of Array.isArray(statement.references) ? statement.references : [])
    refs.push(['source', reference?.source])
  return refs
}

/**
 * The cross-record problems that changed records leave (as `checkDatasetIntegrity` would find
 * them, but only where a change can have made one): every changed record's own references, and
 * every statement that names a changed or deleted site, source or property. Each is answered
 * with the last change (index into the caller's lines) that could have caused it. `changed` maps
 * `kind\0id` to that index. Records from the files were checked on open (or are by the deep
 * check), so a problem elsewhere cannot be new.
 */
export function integrityAfterChanges(
  maps: RecordMaps,
  changed: Map<string, number>,
): { issue: ValidationIssue; index: number }[] {
  if (changed.size === 0) return []
  const lookup: RecordLookup = { get: (kind, id) => maps[kind].get(id) as never }
  const targets: Targets = { site: new Set(), source: new Set(), property: new Set() }
  const found: { issue: ValidationIssue; index: number }[] = []
  for (const [key, index] of changed) {
    const [kind, id] = key.split('\u0000') as [RecordKind, string]
    if (kind === 'statement') continue // below, with the statements that name what changed
    targets[kind].add(id)
    const record = maps[kind].get(id) as RecordOf[typeof kind] | undefined
    if (record)
      for (const issue of integrityIssuesOf(kind, record, lookup, shardFileOfRecord))
        found.push({ issue, index })
  }
  const anyTarget = targets.site.size + targets.source.size + targets.property.size > 0
  for (const statement of maps.statement.values()) {
    const own = changed.get(`statement\u0000${statement.id}`)
    const refs = referencesOf(statement).filter(([kind, id]) => targets[kind].has(id))
    if (own === undefined && (!anyTarget || refs.length === 0)) continue
    let index = own ?? -1
    for (const [kind, id] of refs) index = Math.max(index, changed.get(`${kind}\u0000${id}`) ?? -1)
    let issues: ValidationIssue[]
    try {
      issues = integrityIssuesOf('statement', statement, lookup, shardFileOfRecord)
    } catch {
      continue // a malformed statement from the files: the deep check names it
    }
    for (const issue of issues) found.push({ issue, index })
  }
  return found
}
