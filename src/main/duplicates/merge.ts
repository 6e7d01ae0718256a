import type { Change, MergeField, MergePreview, Site, Statement } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import { toCanonicalJson } from '../dataset/canonical-json'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import type { RecordService } from '../records/record-service'
import { deletionChanges } from '../records/dependents'
import { strongerClaim } from './claim'
import siteSchema from '../../../schemas/site.schema.json' with { type: 'json' }
import { withoutRecord } from '../validation/constraints/without-record'

/** Fields that are not the curator's to choose: the record's identity, times and curation marks. */
const NOT_CHOSEN = new Set([
  'id',
  'name',
  'description',
  'acknowledgements',
  'notDuplicates',
  'createdAt',
  'updatedAt',
])

/**
 * The fields a merge chooses between, in the schema's order (so a field added to the schema is
 * offered too); names and descriptions go by language.
 */
const FIELDS = Object.keys(siteSchema.properties).filter((f) => !NOT_CHOSEN.has(f)) as (keyof Site)[]

type LanguageField = 'name' | 'description'

function same(x: unknown, y: unknown): boolean {
  return toCanonicalJson(x ?? null) === toCanonicalJson(y ?? null)
}

function languages(kept: Site, removed: Site, field: LanguageField): string[] {
  return [...new Set([...Object.keys(kept[field] ?? {}), ...Object.keys(removed[field] ?? {})])]
}

/** Every field where the two sites differ, with both values. */
function differingFields(kept: Site, removed: Site): MergeField[] {
  const fields: MergeField[] = []
  const add = (path: string, k: unknown, r: unknown) => {
    if (!same(k, r))
      fields.push({
        path,
        ...(k === undefined ? {} : { kept: k }),
        ...(r === undefined ? {} : { removed: r }),
      })
  }
  for (const lang of languages(kept, removed, 'name'))
    add(`/name/${lang}`, kept.name[lang], removed.name[lang])
  for (const lang of languages(kept, removed, 'description'))
    add(`/description/${lang}`, kept.description?.[lang], removed.description?.[lang])
  for (const field of FIELDS) add(`/${field}`, kept[field], removed[field])
  return fields
}

function hasValue(value: unknown): boolean {
  return !(
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

/**
 * The fields a merge takes from the removed site by default: only where the kept one has nothing
 * and the other has a value. Everywhere else the kept record's value stands, so nothing it holds
 * is lost unless the curator says so.
 */
function defaultTake(kept: Site, removed: Site): string[] {
  return differingFields(kept, removed)
    .filter((field) => !hasValue(field.kept) && hasValue(field.removed))
    .map((field) => field.path)
}

function setLanguage(site: Site, field: LanguageField, lang: string, text: string | undefined) {
  const map: Record<string, string> = { ...site[field] }
  if (text === undefined) delete map[lang]
  else map[lang] = text
  if (field === 'description' && Object.keys(map).length === 0) delete site.description
  else site[field] = map
}

/**
 * The kept site with the chosen fields taken from the removed one (`take`: JSON pointers from
 * `differingFields`), and the "not a duplicate" marks of both. Refuses a pointer that names no
 * differing field.
 */
function mergedDraft(kept: Site, removed: Site, take: readonly string[]): Site {
  const differing = new Set(differingFields(kept, removed).map((f) => f.path))
  const merged: Site = { ...kept }
  for (const path of take) {
    if (!differing.has(path)) {
      throw new CuratorError('VALIDATION', `“${path}” is not a field where the two sites differ.`, [
        {
          path,
          rule: 'merge.field',
          severity: 'error',
          message: `“${path}” is not a field where the two sites differ.`,
        },
      ])
    }
    const [, field, lang] = path.split('/') as [string, string, string | undefined]
    if (lang !== undefined) {
      const text = (removed[field as LanguageField] ?? {})[lang]
      setLanguage(merged, field as LanguageField, lang, text)
    } else {
      const value = removed[field as keyof Site]
      if (value === undefined) delete merged[field as keyof Site]
      else (merged as Record<string, unknown>)[field] = value
    }
  }
  const marks = [...new Set([...(kept.notDuplicates ?? []), ...(removed.notDuplicates ?? [])])].filter(
    (id) => id !== kept.id && id !== removed.id,
  )
  if (marks.length > 0) merged.notDuplicates = marks
  else delete merged.notDuplicates
  return merged
}

function sites(store: DatasetStore, keptId: string, removedId: string): { kept: Site; removed: Site } {
  if (keptId === removedId) {
    throw new CuratorError('VALIDATION', `A site cannot be merged into itself (“${keptId}” given twice).`)
  }
  const kept = store.get('site', keptId)
  const removed = store.get('site', removedId)
  if (!kept) throw new CuratorError('NOT_FOUND', `There is no site with the id “${keptId}” to keep.`)
  if (!removed) throw new CuratorError('NOT_FOUND', `There is no site with the id “${removedId}” to merge.`)
  return { kept, removed }
}

/**
 * Statements about the removed site become statements about the kept one, after its own values
 * of the same property (so a curated order stays); values and qualifiers naming it name the kept
 * one. References are untouched. Then the removed site goes.
 */
function statementChanges(store: DatasetStore, keptId: string, removedId: string, now: string): Change[] {
  const nextOrder = new Map<string, number>()
  for (const s of store.all('statement')) {
    if (s.subject.kind === 'site' && s.subject.id === keptId && s.order !== undefined)
      nextOrder.set(s.property, Math.max(nextOrder.get(s.property) ?? 0, s.order + 1))
  }
  const changes = deletionChanges(store, 'site', removedId, { dependents: 'reassign', reassignTo: keptId })
  return changes.map((change) => {
    if (change.kind !== 'statement' || !change.after) return change
    const before = change.before as Statement
    const after = { ...(change.after as Statement), updatedAt: now }
    const moved = before.subject.kind === 'site' && before.subject.id === removedId
    if (moved && after.order !== undefined)
      after.order = Math.min(100000, after.order + (nextOrder.get(after.property) ?? 0))
    return { ...change, after }
  })
}

function count(changes: Change[], removedId: string) {
  let moved = 0
  let rewritten = 0
  for (const change of changes) {
    if (change.kind !== 'statement') continue
    const before = change.before as Statement
    if (before.subject.kind === 'site' && before.subject.id === removedId) moved += 1
    else rewritten += 1
  }
  return { statementsMoved: moved, valuesRewritten: rewritten }
}

/** A merge of `removedId` into `keptId`, taking the fields named in `take` (JSON pointers). */
interface MergeRequest {
  store: DatasetStore
  records: RecordService
  keptId: string
  removedId: string
  /** Absent: the default choice (`defaultTake`), the fields the kept site lacks. */
  take?: readonly string[]
  /** The moved statements' new updatedAt. */
  now: string
}

/** What a merge would do, writing nothing: for the merge view, as the curator picks fields. */
export function previewMerge(request: MergeRequest): MergePreview {
  const { store, records, keptId, removedId, now } = request
  const { kept, removed } = sites(store, keptId, removedId)
  const take = [...(request.take ?? defaultTake(kept, removed))]
  const draft = mergedDraft(kept, removed, take)
  const merged = records.build(store, 'site', draft)
  const issues: ValidationIssue[] = records.check(withoutRecord(store, 'site', removedId), 'site', draft)
  const changes = statementChanges(store, keptId, removedId, now)
  return {
    kept,
    removed,
    merged,
    fields: differingFields(kept, removed),
    ...count(changes, removedId),
    issues,
    take,
    claim: strongerClaim(kept, removed),
  }
}

/**
 * Merges the removed site into the kept one as ONE undoable command. Everything is checked
 * first: a merged site or moved statement that may not be saved stops it, and nothing is written.
 */
export function mergeSites(request: MergeRequest) {
  const { store, records, keptId, removedId, now } = request
  const { kept, removed } = sites(store, keptId, removedId)
  const take = request.take ?? defaultTake(kept, removed)
  // Checked as if the removed site were gone: the two often share a UNESCO id.
  const merged = records.prepare(
    withoutRecord(store, 'site', removedId),
    'site',
    mergedDraft(kept, removed, take),
  )
  const changes = statementChanges(store, keptId, removedId, now)
  for (const change of changes)
    if (change.kind === 'statement' && change.after) records.prepare(store, 'statement', change.after)
  const siteChange: Change = { kind: 'site', id: keptId, before: kept, after: merged }
  return store.commit(`Merge site ${removedId} into ${keptId}`, [siteChange, ...changes])
}
