/**
 * The on-disk form of dataset files, chosen so that a change to one record is a small diff in
 * git: records sorted by id, keys in a stable order (`id` first, then alphabetical, at every
 * depth), two-space indentation, one trailing newline.
 */

/** A copy of a JSON value with keys in the canonical order: `id` first, then alphabetical. */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize)
  if (value === null || typeof value !== 'object') return value
  const keys = Object.keys(value).sort((a, b) =>
    a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  )
  const out: Record<string, unknown> = {}
  for (const key of keys) out[key] = canonicalize((value as Record<string, unknown>)[key])
  return out
}

/** Serializes any JSON value canonically. */
export function toCanonicalJson(value: unknown): string {
  return `${JSON.stringify(canonicalize(value), null, 2)}\n`
}

/** The shape of every record file: `{ "records": [...] }`. */
export interface RecordFile<R extends { id: string }> {
  records: R[]
}

/** Serializes a record file with its records sorted by id. */
export function serializeRecordFile<R extends { id: string }>(file: RecordFile<R>): string {
  const records = [...file.records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return toCanonicalJson({ records })
}
