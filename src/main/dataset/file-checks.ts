import path from 'node:path'
import type { ValidationIssue } from '@shared/issues'
import { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import { MANIFEST_FILE } from './layout'
import { requireRegularFile } from './regular-files'

/**
 * What a dataset file must be before its records are trusted: a regular file within the size
 * limit, valid JSON no deeper than any record needs, an object with a "records" array. Each
 * refusal names the file and the rule. Reading the files (hashing, chunked parsing, shared
 * texts) is `read-dataset.ts`.
 */

/** Files larger than this are refused rather than read into memory whole. */
export const MAX_FILE_BYTES = 480 * 1024 * 1024

/** Deeper than any record the schemas allow; a deeper file is foreign or hostile. */
export const MAX_DEPTH = 64

/**
 * Whether a parsed value has objects or arrays nested `limit` levels below it (the value itself
 * at level 0). Recursive, but never deeper than `limit`; allocates nothing, so a walk over
 * millions of objects costs no garbage collection.
 */
function deeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false
  if (limit <= 0) return true
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const child: unknown = value[i]
      if (child !== null && typeof child === 'object' && deeperThan(child, limit - 1)) return true
    }
    return false
  }
  const object = value as Record<string, unknown>
  for (const key in object) {
    const child = object[key]
    if (child !== null && typeof child === 'object' && deeperThan(child, limit - 1)) return true
  }
  return false
}

/** Megabytes, to two significant digits at most. */
const round = (bytes: number) => Number((bytes / 1e6).toPrecision(2))

export function fileIssue(file: string, problem: string, rule = 'file.parse'): ValidationIssue {
  return { path: '', message: `${file} ${problem}`, rule, severity: 'error', file }
}

/** A dataset file's size, refused when too large; undefined when a record file is absent. */
export async function checkedSize(disk: Disk, folder: string, file: string, maxBytes: number) {
  // Never a link (it would be followed outside the dataset), a folder or a FIFO (it would hang).
  await requireRegularFile(disk, folder, path.join(folder, file), file)
  let size: number
  try {
    size = await disk.size(path.join(folder, file))
  } catch (error) {
    if (file !== MANIFEST_FILE && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new CuratorError('NOT_FOUND', `${file} was not found in ${folder}: is this a dataset folder?`)
  }
  if (size > maxBytes) {
    const problem = `is ${round(size)} MB, larger than the ${round(maxBytes)} MB limit`
    throw new CuratorError('IO', `${file} ${problem}.`, [fileIssue(file, problem, 'file.size')])
  }
  return size
}

export function tooDeep(file: string): CuratorError {
  const problem = `is nested deeper than ${MAX_DEPTH} levels, more than any dataset record needs`
  return new CuratorError('VALIDATION', `${file} ${problem}.`, [fileIssue(file, problem, 'file.depth')])
}

export function parseJson(file: string, text: string): unknown {
  let json: unknown
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch (error) {
    const reason = (error as Error).message
    throw new CuratorError('VALIDATION', `${file} is not valid JSON: ${reason}`, [fileIssue(file, reason)])
  }
  if (deeperThan(json, MAX_DEPTH)) throw tooDeep(file)
  return json
}

export function recordsOf(file: string, json: unknown): unknown[] {
  if (json === undefined) return []
  const records = (json as { records?: unknown } | null)?.records
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !Array.isArray(records)) {
    const problem = 'must be an object with a "records" array'
    throw new CuratorError('VALIDATION', `${file} ${problem}.`, [fileIssue(file, problem)])
  }
  return records
}
