import path from 'node:path'
import type { ValidationIssue } from '../../shared/result'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { CheckReads, kindOfRef, refOf, type ReadsEntry } from '../validation/check-reads'
import type { PreviousCheck } from './recheck-plan'
import type { RecordProblems } from '../validation/record-checker'

/**
 * What each record's check read, next to the problems cache (same key): how a changed dataset is
 * checked again in part (recheck-plan.ts). Written after the problems, so that a crash between
 * the two leaves keys that differ, and then neither is used for a partial check.
 */
export const CHECK_READS_FILE = 'problem-reads.json'
const FORMAT = 'heritage-curator-problem-reads'

/** What a check was made over, besides its reads: the rules, the files' hashes, the journal's refs. */
export interface CheckedOver {
  rules: string
  files: ReadonlyMap<string, string>
  journal: readonly string[]
}

const isIndex = (value: unknown, length: number) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < length
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string')

function isEntry(value: unknown, refs: number, files: number): value is ReadsEntry {
  if (!Array.isArray(value) || value.length !== 5) return false
  const [ref, file, gets, alls, keys] = value as unknown[]
  return (
    isIndex(ref, refs) &&
    isIndex(file, files) &&
    (gets === 0 || (Array.isArray(gets) && gets.every((i) => isIndex(i, refs)))) &&
    (alls === 0 || (typeof alls === 'string' && [...alls].every((code) => kindOfRef(code) !== undefined))) &&
    (keys === 0 || isStringList(keys))
  )
}

/**
 * The earlier check whose problems are `cached` (made under `key`), or undefined when its reads
 * are missing, were made for another check, or are not in the shape written here.
 */
export async function readPreviousCheck(
  disk: Disk,
  metaFolder: string,
  cached: { key: string; problems: readonly RecordProblems[] },
): Promise<PreviousCheck | undefined> {
  try {
    const file = JSON.parse(await disk.readFile(path.join(metaFolder, CHECK_READS_FILE))) as Record<
      string,
      unknown
    >
    const { format, key, rules, hashes, journal, refs, files, entries } = file ?? {}
    if (format !== FORMAT || key !== cached.key || typeof rules !== 'string') return undefined
    if (!isStringList(journal) || !isStringList(refs) || !isStringList(files) || !Array.isArray(entries))
      return undefined
    if (!Array.isArray(hashes) || !hashes.every((pair) => isStringList(pair) && pair.length === 2))
      return undefined
    if (!refs.every((ref) => kindOfRef(ref) !== undefined)) return undefined
    if (!entries.every((entry) => isEntry(entry, refs.length, files.length))) return undefined
    const issuesOf = new Map<string, ValidationIssue[]>()
    for (const p of cached.problems) issuesOf.set(refOf(p.kind, p.id), p.issues)
    return {
      rules,
      files: new Map(hashes as [string, string][]),
      journal,
      reads: new CheckReads(refs, files, entries),
      issuesOf,
    }
  } catch {
    return undefined
  }
}

/** Keeps a check's reads for the next open (written whole, or not at all). */
export function writeCheckReads(
  disk: Disk,
  metaFolder: string,
  key: string,
  over: CheckedOver,
  reads: CheckReads,
): Promise<void> {
  const { refs, files, entries } = reads
  const hashes = [...over.files]
  const text = `${JSON.stringify({ format: FORMAT, key, rules: over.rules, hashes, journal: over.journal, refs, files, entries })}\n`
  return writeFileDurably(disk, path.join(metaFolder, CHECK_READS_FILE), text)
}
