import path from 'node:path'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import { kindOfCode, type ShardReads } from '../validation/check-reads'
import { issuesKey } from '../validation/check-records'
import type { PreviousCheck } from './recheck-plan'
import type { RecordProblems } from '../validation/record-checker'

/**
 * What each shard's checks read, next to the problems cache (same key): how a changed dataset is
 * checked again in part (recheck-plan.ts). Written after the problems, so that a crash between
 * the two leaves keys that differ, and then neither is used for a partial check.
 */
export const CHECK_READS_FILE = 'problem-reads.json'
/** Version 2 notes reads per shard; a version-1 file (reads per record) is not understood, so ignored. */
const FORMAT = 'heritage-curator-shard-reads'

/** What a check was made over, besides its reads: the rules, the files' hashes, the journal's files. */
export interface CheckedOver {
  rules: string
  files: ReadonlyMap<string, string>
  journalFiles: readonly string[]
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string')
const isListOf = (value: unknown, length: number, item: (v: unknown) => boolean): value is unknown[][] =>
  Array.isArray(value) && value.length === length && value.every((v) => Array.isArray(v) && v.every(item))
const isHash = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32

/** The reads as written here, or undefined: every table as long as the slots, every number in range. */
function shardReadsOf(value: Record<string, unknown>): ShardReads | undefined {
  const { slots, reads, alls, heldKeys, askedKeys } = value
  if (!isStringList(slots)) return undefined
  const n = slots.length
  const isSlot = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < n
  if (!isListOf(reads, n, isSlot) || !isListOf(heldKeys, n, isHash) || !isListOf(askedKeys, n, isHash))
    return undefined
  if (!isStringList(alls) || alls.length !== n) return undefined
  if (!alls.every((codes) => [...codes].every((code) => kindOfCode(code) !== undefined))) return undefined
  return { slots, reads, alls, heldKeys, askedKeys } as ShardReads
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
    const { format, key, rules, hashes, journalFiles } = file ?? {}
    if (format !== FORMAT || key !== cached.key || typeof rules !== 'string') return undefined
    if (!isStringList(journalFiles)) return undefined
    if (!Array.isArray(hashes) || !hashes.every((pair) => isStringList(pair) && pair.length === 2))
      return undefined
    const reads = shardReadsOf(file)
    if (!reads) return undefined
    const issuesOf = new Map(cached.problems.map((p) => [issuesKey(p.kind, p.id), p.issues]))
    return { rules, files: new Map(hashes as [string, string][]), journalFiles, reads, issuesOf }
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
  reads: ShardReads,
): Promise<void> {
  const { rules, journalFiles } = over
  const hashes = [...over.files]
  const text = `${JSON.stringify({ format: FORMAT, key, rules, hashes, journalFiles, ...reads })}\n`
  return writeFileDurably(disk, path.join(metaFolder, CHECK_READS_FILE), text)
}
