import { createHash } from 'node:crypto'
import path from 'node:path'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import type { Disk } from './fs/disk'
import { writeFileDurably } from './fs/durable-write'
import type { SchemaValidators, SchemaName } from '../validation/ajv'
import type { RecordProblems } from '../validation/record-checker'
import { CONSTRAINT_RULES, RULES } from '../validation/rules'

/**
 * Raise by one whenever what a rule finds changes without its id, severity or message changing
 * (its logic): every cache made by the earlier rules is then ignored. Schema changes and rule
 * lists, ids, severities and messages are part of the key by themselves.
 */
const RULES_REVISION = 2

/** The cache's file in the dataset's `.curator` folder (this machine's state, never in git). */
export const PROBLEMS_CACHE_FILE = 'problems-cache.json'
const FORMAT = 'heritage-curator-problems'

const SCHEMA_NAMES: SchemaName[] = [...RECORD_KINDS, 'manifest']

/** What the rules are: every schema, every rule's id, kind, severity and message, and the revision. */
export function rulesVersion(validators: SchemaValidators): string {
  const hash = createHash('sha256').update(`${RULES_REVISION}\n`)
  for (const name of SCHEMA_NAMES) hash.update(JSON.stringify(validators.schema(name))).update('\n')
  for (const rule of [...RULES, ...CONSTRAINT_RULES])
    hash.update(JSON.stringify([rule.id, rule.kind, rule.severity, rule.message]))
  return hash.digest('hex')
}

/**
 * What a check's result describes: the rules, the content (SHA-256) of every dataset file as the
 * open read it, and the journal's commits replayed over them. Any difference makes another key.
 */
export function problemsCacheKey(
  validators: SchemaValidators,
  fileHashes: ReadonlyMap<string, string>,
  pendingCommits: readonly unknown[],
): string {
  const hash = createHash('sha256').update(rulesVersion(validators)).update('\n')
  for (const [file, sha] of [...fileHashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${file} ${sha}\n`)
  hash.update(JSON.stringify(pendingCommits))
  return hash.digest('hex')
}

const KINDS = new Set<string>(RECORD_KINDS)

/** Whether a parsed value is a list of record problems as `RecordChecker` makes them. */
function isProblemList(value: unknown): value is RecordProblems[] {
  if (!Array.isArray(value)) return false
  return value.every((entry) => {
    const p = entry as Partial<RecordProblems> | null
    return (
      p !== null &&
      typeof p === 'object' &&
      typeof p.kind === 'string' &&
      KINDS.has(p.kind) &&
      typeof p.id === 'string' &&
      Array.isArray(p.issues) &&
      p.issues.every(
        (i) =>
          i !== null && typeof i === 'object' && typeof i.rule === 'string' && typeof i.message === 'string',
      )
    )
  })
}

/**
 * The cached problems and the key they were made under (the caller compares it with the files'
 * key), or undefined when there is no cache or it cannot be read or understood.
 */
export async function readProblemsFile(
  disk: Disk,
  metaFolder: string,
): Promise<{ key: string; problems: RecordProblems[] } | undefined> {
  try {
    const cache = JSON.parse(await disk.readFile(path.join(metaFolder, PROBLEMS_CACHE_FILE))) as {
      format?: unknown
      key?: unknown
      problems?: unknown
    }
    if (cache?.format !== FORMAT || typeof cache.key !== 'string' || !isProblemList(cache.problems))
      return undefined
    const problems = cache.problems.map((p) => ({ kind: p.kind as RecordKind, id: p.id, issues: p.issues }))
    return { key: cache.key, problems }
  } catch {
    return undefined
  }
}

/** Keeps a check's problems for the next open of the same files (written whole, or not at all). */
export function writeProblemsCache(
  disk: Disk,
  metaFolder: string,
  key: string,
  problems: readonly RecordProblems[],
): Promise<void> {
  const text = `${JSON.stringify({ format: FORMAT, key, problems })}\n`
  return writeFileDurably(disk, path.join(metaFolder, PROBLEMS_CACHE_FILE), text)
}
