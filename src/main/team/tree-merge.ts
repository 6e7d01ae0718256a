/**
 * The three-way merge of two commits' trees: every file both sides changed is merged by record
 * (shards), by field (the manifest), or offered as a choice (other files); the rest is taken from
 * the side that changed it without being read. Then the merged records are checked (see
 * merge-validation.ts). The merged tree is written only when nothing needs the curator.
 */
import type { RecordKind } from '../../shared/result'
import type { ConflictedRecord, Resolution } from '../../shared/team'
import { MANIFEST_FILE } from '../dataset/layout'
import type { SchemaValidators } from '../validation/ajv'
import { toIssues } from '../validation/messages'
import type { Repository } from './git/repository'
import { MANIFEST_SHAPE } from './merge-shapes'
import { checkMergedRecords, type MergedRecordCheck } from './merge-validation'
import { MergedLookup, referencedIds } from './merged-lookup'
import { type Progress, throwIfCancelled } from './progress'
import { mergeByShape } from './record-merge'
import { mergeShard } from './shard-merge'
import { changedIds, parsePiece, shardPieces } from './shard-text'
import { stableJson } from './stable-json'
import { toCanonicalJson } from '../dataset/canonical-json'
import { kindOfShard } from './worktree'

export interface TreeMergeInput {
  base: string | undefined
  ours: string
  theirs: string
}

export interface TreeMergeOptions extends Progress {
  validators: SchemaValidators
  /** The curator's choices, by `${kind}/${id}` then path. */
  resolutions?: Record<string, Record<string, Resolution>>
  /** Paths to merge even where one side did not change them (they hold records with choices). */
  forcedPaths?: ReadonlySet<string>
}

export interface TreeMergeResult {
  /** The merged tree; undefined when records need the curator. */
  tree?: string
  records: ConflictedRecord[]
  /** The files that differ from ours in the merged tree (blob id, or null: removed). */
  changes: Map<string, string | null>
}

interface MergedFile {
  path: string
  text: string | null
}

/** Merges three trees; reads only the files both sides changed (and those the checks need). */
export async function mergeTrees(
  repo: Repository,
  input: TreeMergeInput,
  options: TreeMergeOptions,
): Promise<TreeMergeResult> {
  const [b, o, t] = await Promise.all([
    repo.flatTree(input.base),
    repo.flatTree(input.ours),
    repo.flatTree(input.theirs),
  ])
  const resolutions = options.resolutions ?? {}
  const records: ConflictedRecord[] = []
  const changes = new Map<string, string | null>()
  const mergedShards = new Map<string, Map<string, string>>()
  const taken = new Map<string, string | undefined>()
  const checks: MergedRecordCheck[] = []
  const merged: MergedFile[] = []
  const paths = [...new Set([...b.keys(), ...o.keys(), ...t.keys()])].sort()
  const both = new Set(
    paths.filter((p) => !(o.get(p) === t.get(p) || b.get(p) === o.get(p) || b.get(p) === t.get(p))),
  )
  let done = 0
  for (const filePath of paths) {
    const [ob, oo, ot] = [b.get(filePath), o.get(filePath), t.get(filePath)]
    const kind = kindOfShard(filePath)
    if (!options.forcedPaths?.has(filePath) && !both.has(filePath)) {
      const chosen = oo === ot || ob === ot ? oo : ot
      taken.set(filePath, chosen)
      if (chosen !== oo) changes.set(filePath, chosen ?? null)
      // Statements either side changed are checked against the merged dataset (a source deleted there).
      if (kind === 'statement' && ob !== chosen) await touchedStatements(repo, filePath, ob, chosen, checks)
      continue
    }
    throwIfCancelled(options.signal)
    const [base, ours, theirs] = await Promise.all([repo.readText(ob), repo.readText(oo), repo.readText(ot)])
    if (kind) {
      const result = mergeShard(
        { kind, path: filePath, base, ours, theirs },
        { resolutionsFor: (id) => resolutions[`${kind}/${id}`] },
      )
      mergedShards.set(filePath, result.pieces)
      records.push(...result.conflicts)
      const conflicted = new Set(result.conflicts.map((c) => c.id))
      const fieldMerged = new Set(result.fieldMerged)
      for (const id of new Set([...result.touched, ...result.fieldMerged])) {
        const piece = result.pieces.get(id)
        if (conflicted.has(id) || piece === undefined) continue
        checks.push({ kind, id, record: JSON.parse(piece), path: filePath, schema: fieldMerged.has(id) })
      }
      merged.push({ path: filePath, text: result.text })
    } else {
      merged.push(mergeOtherFile(filePath, { base, ours, theirs }, resolutions, records, options.validators))
    }
    options.onProgress?.({ phase: 'merging', done: (done += 1), total: both.size })
  }
  const lookup = new MergedLookup(repo, mergedShards, taken)
  await lookup.preload(checks.flatMap((c) => referencedIds(c.kind, c.record)))
  for (const [key, issues] of checkMergedRecords(checks, lookup, options.validators)) {
    const check = checks.find((c) => `${c.kind}/${c.id}` === key) as MergedRecordCheck
    records.push({ ...(await versionsOf(repo, check, b, o, t)), merged: check.record, conflicts: [], issues })
  }
  if (records.length > 0) return { records, changes }
  for (const file of merged) {
    const oid = file.text === null ? null : await repo.objects.write('blob', file.text)
    if (oid !== (o.get(file.path) ?? null)) changes.set(file.path, oid)
  }
  return { tree: await repo.editTree(input.ours, changes), records, changes }
}

async function touchedStatements(
  repo: Repository,
  filePath: string,
  before: string | undefined,
  after: string | undefined,
  checks: MergedRecordCheck[],
) {
  const [from, to] = [
    shardPieces(await repo.readText(before), filePath),
    shardPieces(await repo.readText(after), filePath),
  ]
  for (const id of changedIds(from, to)) {
    const piece = to.get(id)
    if (piece !== undefined)
      checks.push({ kind: 'statement', id, record: JSON.parse(piece), path: filePath, schema: false })
  }
}

/** The base, ours and theirs of a record the checks refused, for the conflict view. */
async function versionsOf(
  repo: Repository,
  check: MergedRecordCheck,
  ...trees: Map<string, string>[]
): Promise<Pick<ConflictedRecord, 'kind' | 'id' | 'base' | 'ours' | 'theirs'>> {
  const [base, ours, theirs] = await Promise.all(
    trees.map(async (tree) =>
      parsePiece(shardPieces(await repo.readText(tree.get(check.path)), check.path).get(check.id)),
    ),
  )
  return { kind: check.kind as RecordKind, id: check.id, base, ours, theirs }
}

/** The manifest merges by field; another file both sides changed is the curator's choice. */
function mergeOtherFile(
  filePath: string,
  { base, ours, theirs }: Record<'base' | 'ours' | 'theirs', string | null>,
  resolutions: Record<string, Record<string, Resolution>>,
  records: ConflictedRecord[],
  validators: SchemaValidators,
): MergedFile {
  const isManifest = filePath === MANIFEST_FILE
  const key = isManifest ? `manifest/${MANIFEST_FILE}` : `file/${filePath}`
  const read = (text: string | null) =>
    text === null ? undefined : isManifest ? (JSON.parse(text) as unknown) : text
  const [vb, vo, vt] = [read(base), read(ours), read(theirs)]
  const shape = isManifest ? MANIFEST_SHAPE : { type: 'atomic' as const }
  const { merged, conflicts } = mergeByShape(shape, vb, vo, vt, { resolutions: resolutions[key] ?? {} })
  const issues = isManifest && conflicts.length === 0 ? toIssues(validators.validate('manifest', merged)) : []
  if (conflicts.length > 0 || issues.length > 0) {
    const kind = isManifest ? 'manifest' : 'file'
    const id = isManifest ? MANIFEST_FILE : filePath
    const versions = { base: vb ?? null, ours: vo ?? null, theirs: vt ?? null }
    records.push({ kind, id, ...versions, merged: merged ?? null, conflicts, issues })
  }
  const text = merged === undefined ? null : isManifest ? toCanonicalJson(merged) : String(merged)
  return { path: filePath, text: stableJson(merged) === stableJson(vo) && ours !== null ? ours : text }
}
