/**
 * A shard's text as its records' texts, by id. Shards are canonical (docs/LAYOUT.md): each
 * record's text is the same for the same record, so two versions of a record are compared as
 * strings and only records that differ are parsed. A shard that is not canonical (a hand edit,
 * a commit from another tool) is parsed whole and its records written canonically.
 */
import { canonicalize } from '../dataset/canonical-json'
import { CuratorError } from '../dataset/errors'
import { canonicalRecordPieces } from '../dataset/record-pieces'

const HEAD = '{\n  "records": ['
const TAIL = '\n  ]\n}\n'
const ID_AT_START = /^\n {4}\{\n {6}"id": "([a-z0-9-]+)"/

/** A record's text inside a canonical shard: from its line break to its closing brace. */
export function recordPiece(record: unknown): string {
  return `\n    ${JSON.stringify(canonicalize(record), null, 2).replaceAll('\n', '\n    ')}`
}

function refuse(where: string, problem: string): never {
  throw new CuratorError('VALIDATION', `${where}: ${problem}`, [
    {
      path: '',
      rule: 'team.shard-readable',
      severity: 'error',
      message: `${where}: ${problem}`,
      file: where,
    },
  ])
}

/**
 * The records of a shard text (null or '' for no file) by id, each as its canonical text.
 * `where` names the file and the commit in messages. Refuses malformed JSON, a shape other than
 * `{ "records": [...] }`, a record without an id, and an id used twice.
 */
export function shardPieces(text: string | null, where: string): Map<string, string> {
  const byId = new Map<string, string>()
  if (text === null || text === '') return byId
  const pieces = canonicalRecordPieces(text)
  if (pieces) {
    for (const piece of pieces) {
      const id = ID_AT_START.exec(piece)?.[1] ?? idOf(JSON.parse(piece) as unknown, where)
      if (byId.has(id)) refuse(where, `the id “${id}” is used twice.`)
      byId.set(id, piece)
    }
    return byId
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    refuse(where, `not valid JSON (${(error as Error).message}).`)
  }
  const records = (parsed as { records?: unknown } | null)?.records
  if (!Array.isArray(records)) refuse(where, 'not a record file: expected { "records": [...] }.')
  for (const record of records) {
    const id = idOf(record, where)
    if (byId.has(id)) refuse(where, `the id “${id}” is used twice.`)
    byId.set(id, recordPiece(record))
  }
  return byId
}

function idOf(record: unknown, where: string): string {
  const id = (record as { id?: unknown } | null)?.id
  if (typeof id !== 'string' || id === '') refuse(where, 'a record has no id.')
  return id
}

/** A shard's text from its records' texts (sorted by id, as serializeRecordFile sorts); null when empty. */
export function shardText(pieces: Map<string, string>): string | null {
  if (pieces.size === 0) return null
  const ids = [...pieces.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return `${HEAD}${ids.map((id) => pieces.get(id)).join(',')}${TAIL}`
}

/** The records whose texts differ between two versions of a shard. */
export function changedIds(before: Map<string, string>, after: Map<string, string>): string[] {
  const ids: string[] = []
  for (const [id, piece] of before) if (after.get(id) !== piece) ids.push(id)
  for (const id of after.keys()) if (!before.has(id)) ids.push(id)
  return ids
}

export function parsePiece(piece: string | undefined): unknown {
  return piece === undefined ? null : (JSON.parse(piece) as unknown)
}
