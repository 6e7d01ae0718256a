import type { Manifest, RecordOf } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '../../shared/result'
import type { SchemaValidators } from '../validation/ajv'
import { toIssues } from '../validation/messages'
import { checkDatasetIntegrity } from '../validation/integrity'
import { CuratorError } from './errors'
import { hashText } from './file-hashes'
import type { Disk } from './fs/disk'
import { MANIFEST_FILE, RECORD_FILES } from './layout'
import { canonicalRecordPieces, parsePiece } from './record-pieces'
import path from 'node:path'

/** Files larger than this are refused rather than read into memory whole. */
export const MAX_FILE_BYTES = 480 * 1024 * 1024

export type Collections = { [K in RecordKind]: RecordOf[K][] }

export interface DatasetContents {
  manifest: Manifest
  records: Collections
  /** SHA-256 of each file as read, so that outside edits can be told from our own later. */
  hashes: Map<string, string>
  /** With `tolerateProblems`: what is wrong with records that were read anyway. */
  problems: ValidationIssue[]
}

/** Deeper than any record the schemas allow; a deeper file is foreign or hostile. */
export const MAX_DEPTH = 64

/** Whether a parsed value nests deeper than `limit`, checked without recursion. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    if (node === null || typeof node !== 'object') continue
    if (depth >= limit) return true
    // for...in rather than Object.values: no array per object, which at 500,000 records is
    // millions of arrays for the garbage collector.
    const object = node as Record<string, unknown>
    for (const key in object) {
      const child = object[key]
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
    }
  }
  return false
}

/** Megabytes, to two significant digits at most. */
const round = (bytes: number) => Number((bytes / 1e6).toPrecision(2))

function fileIssue(file: string, problem: string, rule = 'file.parse'): ValidationIssue {
  return { path: '', message: `${file} ${problem}`, rule, severity: 'error', file }
}

/** A dataset file's text, refused when too large or empty; undefined when a record file is absent. */
async function readText(
  disk: Disk,
  folder: string,
  file: string,
  hashes: Map<string, string> | undefined,
  maxBytes: number,
): Promise<string | undefined> {
  const full = path.join(folder, file)
  let size: number
  try {
    size = await disk.size(full)
  } catch (error) {
    if (file !== MANIFEST_FILE && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new CuratorError('NOT_FOUND', `${file} was not found in ${folder}: is this a dataset folder?`)
  }
  if (size > maxBytes) {
    const problem = `is ${round(size)} MB, larger than the ${round(maxBytes)} MB limit`
    throw new CuratorError('IO', `${file} ${problem}.`, [fileIssue(file, problem, 'file.size')])
  }
  const text = await disk.readFile(full)
  hashes?.set(file, hashText(text))
  // /\S/ stops at the first character that trim() would keep: no copy of a large text.
  if (!/\S/.test(text))
    throw new CuratorError('VALIDATION', `${file} is empty.`, [fileIssue(file, 'is empty')])
  return text
}

function parseJson(file: string, text: string): unknown {
  let json: unknown
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch (error) {
    const reason = (error as Error).message
    throw new CuratorError('VALIDATION', `${file} is not valid JSON: ${reason}`, [fileIssue(file, reason)])
  }
  if (deeperThan(json, MAX_DEPTH)) {
    const problem = `is nested deeper than ${MAX_DEPTH} levels, more than any dataset record needs`
    throw new CuratorError('VALIDATION', `${file} ${problem}.`, [fileIssue(file, problem, 'file.depth')])
  }
  return json
}

async function readJson(
  disk: Disk,
  folder: string,
  file: string,
  hashes: Map<string, string>,
  maxBytes: number,
) {
  const text = await readText(disk, folder, file, hashes, maxBytes)
  return text === undefined ? undefined : parseJson(file, text)
}

/**
 * The records of one record file, parsed one at a time where the file is in canonical form
 * (see record-pieces.ts), so that a caller that keeps none of them holds only the text. For the
 * deep check, which reads the files again: the store checked their size, depth and shape on open.
 */
export async function* eachRecordOfFile(
  disk: Disk,
  folder: string,
  kind: RecordKind,
  maxBytes = MAX_FILE_BYTES,
): AsyncGenerator<unknown> {
  const file = RECORD_FILES[kind]
  const text = await readText(disk, folder, file, undefined, maxBytes)
  if (text === undefined) return
  const pieces = canonicalRecordPieces(text) ?? []
  let index = 0
  for (; index < pieces.length; index += 1) {
    const record = parsePiece(pieces[index] as string)
    if (record === undefined) break
    yield record
  }
  // Not canonical (or a piece that is no whole record): the rest from a parse of the whole text.
  if (index === pieces.length && pieces.length > 0) return
  yield* recordsOf(file, parseJson(file, text)).slice(index)
}

function recordsOf(file: string, json: unknown): unknown[] {
  if (json === undefined) return []
  const records = (json as { records?: unknown } | null)?.records
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !Array.isArray(records)) {
    const problem = 'must be an object with a "records" array'
    throw new CuratorError('VALIDATION', `${file} ${problem}.`, [fileIssue(file, problem)])
  }
  return records
}

/** Ids present, unique, and records are objects: what every open checks, however large the dataset. */
function shapeIssues(kind: RecordKind, list: unknown[]): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const ids = new Set<string>()
  list.forEach((record, index) => {
    const issue = shapeIssue(kind, record, index, ids)
    if (issue) issues.push(issue)
  })
  return issues
}

/** The shape problem of the `index`th record of a file, if any; `ids` are those seen before it. */
export function shapeIssue(
  kind: RecordKind,
  record: unknown,
  index: number,
  ids: Set<string>,
): ValidationIssue | undefined {
  const file = RECORD_FILES[kind]
  const id = (record as { id?: unknown } | null)?.id
  if (typeof id !== 'string') {
    const message = `${file}, record #${index + 1}: has no id.`
    return {
      path: '/id',
      message,
      rule: 'schema.required',
      severity: 'error',
      file,
      record: { kind, id: String(index) },
    }
  }
  if (ids.has(id)) {
    const message = `${file}: the id “${id}” is used twice.`
    return {
      path: '/id',
      message,
      rule: 'integrity.unique-id',
      severity: 'error',
      file,
      record: { kind, id },
    }
  }
  ids.add(id)
  return undefined
}

/** One record against its schema, each issue naming the file and the record. */
export function schemaIssuesOf(
  validators: SchemaValidators,
  kind: RecordKind,
  record: { id: string },
): ValidationIssue[] {
  const file = RECORD_FILES[kind]
  return toIssues(validators.validate(kind, record)).map((issue) => {
    const message = `${file}, record “${record.id}”: ${issue.message}`
    return { ...issue, file, record: { kind, id: record.id }, message }
  })
}

/** Every record against its schema, then the cross-record rules: the deep check of a dataset. */
export function deepIssues(records: Collections, validators: SchemaValidators): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const kind of RECORD_KINDS) {
    for (const record of records[kind] as { id: string }[])
      issues.push(...schemaIssuesOf(validators, kind, record))
  }
  return issues.length > 0 ? issues : checkDatasetIntegrity(records)
}

export function refusal(folder: string, issues: ValidationIssue[]): CuratorError {
  const first = issues[0]?.message ?? ''
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ''
  return new CuratorError(
    'VALIDATION',
    `The dataset in ${folder} cannot be opened: ${first}${more}`,
    issues,
    folder,
  )
}

/**
 * Reads and checks a dataset folder without writing anything. Any problem (unreadable file, bad
 * JSON, a missing or duplicate id; with `deep`, a record that fails its schema or a dangling
 * reference) is refused with issues that name the file, the record and the rule. Without `deep`
 * (large datasets), the deep check runs afterwards, off the main thread.
 */
export async function readDataset(
  folder: string,
  validators: SchemaValidators,
  disk: Disk,
  options: { deep?: boolean; maxFileBytes?: number; tolerateProblems?: boolean } = {},
): Promise<DatasetContents> {
  const hashes = new Map<string, string>()
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES
  const manifest = await readJson(disk, folder, MANIFEST_FILE, hashes, maxBytes)
  const issues: ValidationIssue[] = toIssues(validators.validate('manifest', manifest)).map((issue) => ({
    ...issue,
    file: MANIFEST_FILE,
    message: `${MANIFEST_FILE}: ${issue.message}`,
  }))
  const records = {} as Record<RecordKind, unknown[]>
  for (const kind of RECORD_KINDS) {
    records[kind] = recordsOf(
      RECORD_FILES[kind],
      await readJson(disk, folder, RECORD_FILES[kind], hashes, maxBytes),
    )
    issues.push(...shapeIssues(kind, records[kind]))
  }
  const fileProblems = issues.length
  if (issues.length === 0 && options.deep !== false)
    issues.push(...deepIssues(records as Collections, validators))
  // Records that parse but break a rule can still be read (read-only), when the curator asks to.
  if (issues.length > 0 && !(options.tolerateProblems && fileProblems === 0)) throw refusal(folder, issues)
  return { manifest: manifest as Manifest, records: records as Collections, hashes, problems: issues }
}
