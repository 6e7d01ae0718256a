import type { ExportManifest } from '@shared/exchange'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import { canonicalize } from '../dataset/canonical-json'
import type { Collections } from '../dataset/read-dataset'
import type { Utf8Out } from './utf8-out'

/** The array of each kind in the export document, and the per-kind file names. */
export const EXPORT_ARRAYS = {
  site: 'sites',
  source: 'sources',
  property: 'properties',
  statement: 'statements',
} as const satisfies Record<RecordKind, string>

/** The name of the one-document JSON export. */
export const JSON_DOCUMENT = 'dataset.export.json'

/** Records given to one JSON.stringify call. */
const BATCH = 256

/** True when every object in the value has its keys in canonical order (`canonicalize`'s). */
export function isCanonical(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  if (Array.isArray(value)) {
    for (const item of value) if (!isCanonical(item)) return false
    return true
  }
  let previous: string | undefined
  for (const key in value) {
    if (previous !== undefined && (key === 'id' || (previous !== 'id' && previous >= key))) return false
    previous = key
    if (!isCanonical((value as Record<string, unknown>)[key])) return false
  }
  return true
}

/**
 * A record as canonicalize would copy it: records read from the dataset files are canonical
 * already, and a check without copying is several times cheaper than the copy.
 */
const canonicalForm = (value: unknown): unknown => (isCanonical(value) ? value : canonicalize(value))

/** `list` wrapped in `levels` arrays: [[list]] for two. */
function wrapped(list: unknown[], levels: number): unknown {
  let value: unknown = list
  for (let level = 0; level < levels; level += 1) value = [value]
  return value
}

/**
 * Writes the elements of an array that sits `depth` levels deep in two-space indented JSON, as
 * `JSON.stringify` would inside the whole document: "\n<indent>element,\n<indent>element". Each
 * batch is one stringify call of the batch wrapped in depth - 1 arrays, which indents its
 * elements as the document does (no indenting line by line afterwards).
 */
async function writeElements(
  out: Utf8Out,
  breathe: () => Promise<void>,
  list: readonly unknown[],
  depth: number,
): Promise<void> {
  const probe = JSON.stringify(wrapped([0], depth - 1), null, 2)
  const head = probe.indexOf(`\n${' '.repeat(2 * depth)}0`)
  const tail = probe.length - (head + 2 + 2 * depth)
  for (let from = 0; from < list.length; from += BATCH) {
    const batch = list.slice(from, from + BATCH).map(canonicalForm)
    const text = JSON.stringify(wrapped(batch, depth - 1), null, 2)
    if (from > 0) out.byte(0x2c)
    out.text(text.slice(head, text.length - tail))
    if (out.takeDue()) await breathe()
  }
}

/**
 * The export document: the manifest, then one array per kind, in the dataset files' canonical
 * form (keys ordered, records sorted by id), so two exports of the same data are byte-identical
 * but for the export time. Valid against schemas/export.schema.json. The same bytes as
 * `JSON.stringify(document, null, 2)`, written batch by batch as they are made: a whole
 * document of a large dataset would take gigabytes as objects and text at once.
 */
export async function writeExportDocument(
  out: Utf8Out,
  breathe: () => Promise<void>,
  manifest: ExportManifest,
  records: Collections,
): Promise<void> {
  out.text(`{\n  "manifest": ${JSON.stringify(canonicalize(manifest), null, 2).replace(/\n/g, '\n  ')}`)
  for (const kind of RECORD_KINDS) {
    const list = records[kind] as object[]
    out.text(`,\n  ${JSON.stringify(EXPORT_ARRAYS[kind])}: [`)
    await writeElements(out, breathe, list, 2)
    out.text(list.length > 0 ? '\n  ]' : ']')
  }
  out.text('\n}\n')
}

/** One kind's records as one JSON array, canonical (`toCanonicalJson` of the list). */
export async function writeKindArray(
  out: Utf8Out,
  breathe: () => Promise<void>,
  list: readonly object[],
): Promise<void> {
  out.text('[')
  await writeElements(out, breathe, list, 1)
  out.text(list.length > 0 ? '\n]\n' : ']\n')
}

/** JSON Lines: one canonical record a line, LF line ends. */
export async function writeJsonLines(
  out: Utf8Out,
  breathe: () => Promise<void>,
  list: readonly object[],
): Promise<void> {
  for (const record of list) {
    out.text(JSON.stringify(canonicalForm(record)))
    out.byte(0x0a)
    if (out.takeDue()) await breathe()
  }
}
