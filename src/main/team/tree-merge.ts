/**
 * The three-way merge of two commits' trees: every file both sides changed is merged by record
 * (shards), by field (the manifest), or offered as a choice (other files); the rest is taken from
 * the side that changed it without being read. Then the merged records are checked (see
 * merge-validation.ts). The merged tree is written only when nothing needs the curator.
 */
import type { RecordKind } from '@shared/result'
import type { ChangedRecord, ConflictedRecord, Resolution } from '@shared/team'
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
  /** The records that differ from ours in the merged tree (when it was written). */
  changedFromOurs: ChangedRecord[]
}

/** Shards read ahead of the merge. */
const READ_AHEAD = 8

interface MergedFile {
  path: string
  content: Buffer | null
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
  const mergedShards = new Map<string, Map<string, Buffer>>()
  const changedFromOurs: ChangedRecord[] = []
  const taken = new Map<string, string | undefined>()
  const checks: MergedRecordCheck[] = []
  const merged: MergedFile[] = []
  const paths = [...new Set([...b.keys(), ...o.keys(), ...t.keys()])].sort()
  const both = new Set(
    paths.filter((p) => !(o.get(p) === t.get(p) || b.get(p) === o.get(p) || b.get(p) === t.get(p))),
  )
  // The three versions of the next shards are read while this one merges: reading waits on the disk.
  const reads = new Map<string, Promise<(Buffer | null)[]>>()
  const queue = paths.filter((p) => both.has(p) || options.forcedPaths?.has(p))
  const readAhead = () => {
    for (const next of queue.splice(0, READ_AHEAD - reads.size)) {
      const read = Promise.all([b, o, t].map((side) => repo.readBlob(side.get(next))))
      read.catch(() => undefined) // awaited in turn; a failure is reported there, once
      reads.set(next, read)
    }
  }
  let done = 0
  for (const filePath of paths) {
    const [ob, oo, ot] = [b.get(filePath), o.get(filePath), t.get(filePath)]
    const kind = kindOfShard(filePath)
    if (!options.forcedPaths?.has(filePath) && !both.has(filePath)) {
      const chosen = oo === ot || ob === ot ? oo : ot
      taken.set(filePath, chosen)
      if (chosen !== oo) changes.set(filePath, chosen ?? null)
      if (kind && chosen !== oo) {
        const [from, to] = [await repo.readBlob(oo), await repo.readBlob(chosen)]
        const ids = changedIds(shardPieces(from, filePath), shardPieces(to, filePath))
        changedFromOurs.push(...ids.map((id) => ({ kind, id })))
      }
      // Statements either side changed are checked against the merged dataset (a source deleted there).
      if (kind === 'statement' && ob !== chosen) await touchedStatements(repo, filePath, ob, chosen, checks)
      continue
    }
    throwIfCancelled(options.signal)
    readAhead()
    const [base, ours, theirs] = (await reads.get(filePath)) as [Buffer | null, Buffer | null, Buffer | null]
    reads.delete(filePath)
    readAhead()
    if (kind) {
      const result = mergeShard(
        { kind, path: filePath, base, ours, theirs },
        { resolutionsFor: (id) => resolutions[`${kind}/${id}`] },
      )
      mergedShards.set(filePath, result.pieces)
      changedFromOurs.push(...result.changedFromOurs.map((id) => ({ kind, id })))
      records.push(...result.conflicts)
      const conflicted = new Set(result.conflicts.map((c) => c.id))
      const fieldMerged = new Set(result.fieldMerged)
      for (const id of new Set([...result.touched, ...result.fieldMerged])) {
        const piece = result.pieces.get(id)
        if (conflicted.has(id) || piece === undefined) continue
        checks.push({ kind, id, record: parsePiece(piece), path: filePath, schema: fieldMerged.has(id) })
      }
      merged.push({ path: filePath, content: result.text })
    } else {
      const texts = {
        base: base?.toString('utf8') ?? null,
        ours: ours?.toString('utf8') ?? null,
        theirs: theirs?.toString('utf8') ?? null,
      }
      merged.push(mergeOtherFile(filePath, texts, resolutions, records, options.validators))
    }
    options.onProgress?.({ phase: 'merging', done: (done += 1), total: both.size })
  }
  const lookup = new MergedLookup(repo, mergedShards, taken)
  await lookup.preload(checks.flatMap((c) => referencedIds(c.kind, c.record)))
  for (const [key, issues] of checkMergedRecords(checks, lookup, options.validators)) {
    const check = checks.find((c) => `${c.kind}/${c.id}` === key) as MergedRecordCheck
    records.push({ ...(await versionsOf(repo, check, b, o, t)), merged: check.record, conflicts: [], issues })
  }
  if (records.length > 0) return { records, changes, changedFromOurs: [] }
  const oids = await Promise.all(
    merged.map((file) => (file.content === null ? null : repo.objects.write('blob', file.content))),
  )
  merged.forEach((file, i) => {
    if (oids[i] !== (o.get(file.path) ?? null)) changes.set(file.path, oids[i] ?? null)
  })
  return { tree: await repo.editTree(input.ours, changes), records, changes, changedFromOurs }
}

async function touchedStatements(
  repo: Repository,
  filePath: string,
  before: string | undefined,
  after: string | undefined,
  checks: MergedRecordCheck[],
) {
  const [from, to] = [
    shardPieces(await repo.readBlob(before), filePath),
    shardPieces(await repo.readBlob(after), filePath),
  ]
  for (const id of changedIds(from, to)) {
    const piece = to.get(id)
    if (piece !== undefined)
      checks.push({ kind: 'statement', id, record: parsePiece(piece), path: filePath, schema: false })
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
      parsePiece(shardPieces(await repo.readBlob(tree.get(check.path)), check.path).get(check.id)),
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
  const content = stableJson(merged) === stableJson(vo) && ours !== null ? ours : text
  return { path: filePath, content: content === null ? null : Buffer.from(content) }
}
