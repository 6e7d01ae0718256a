import type { ExportManifest } from '../../shared/exchange'
import { RECORD_KINDS, type RecordKind } from '../../shared/result'
import { canonicalize, toCanonicalJson } from '../dataset/canonical-json'
import type { Collections } from '../dataset/read-dataset'
import { TextChunks } from './write-files'

/** The array of each kind in the export document, and the per-kind file names. */
export const EXPORT_ARRAYS = {
  site: 'sites',
  source: 'sources',
  property: 'properties',
  statement: 'statements',
} as const satisfies Record<RecordKind, string>

/** The name of the one-document JSON export. */
export const JSON_DOCUMENT = 'dataset.export.json'

/** A value's canonical JSON with two-space indentation, every line after the first indented by `pad`. */
function indented(value: unknown, pad: string): string {
  // JSON text holds no raw line breaks inside strings, so every \n is between tokens.
  return JSON.stringify(canonicalize(value), null, 2).replace(/\n/g, `\n${pad}`)
}

const compareKeys = (a: string, b: string) => (a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0)

/**
 * Whether a JSON value already has its keys in the canonical order at every depth, as records
 * read from canonical files do: then `canonicalize` would only copy it. Anything but plain
 * objects and arrays answers false, and is canonicalized as before.
 */
function isCanonical(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  if (Array.isArray(value)) return value.every(isCanonical)
  if (Object.getPrototypeOf(value) !== Object.prototype) return false
  let previous: string | undefined
  for (const key of Object.keys(value)) {
    if (previous !== undefined && compareKeys(previous, key) >= 0) return false
    if (!isCanonical((value as Record<string, unknown>)[key])) return false
    previous = key
  }
  return true
}

/** Records stringified together: few enough that the text stays small, many enough to be quick. */
const BATCH = 1000
/** `JSON.stringify([records], null, 2)` puts the records two levels deep, as in the document. */
const BATCH_HEAD = '[\n  ['
const BATCH_TAIL = '\n  ]\n]'

/**
 * The export document: the manifest, then one array per kind, in the dataset files' canonical
 * form (keys ordered, records sorted by id), so two exports of the same data are byte-identical
 * but for the export time. Valid against schemas/export.schema.json. Written a batch of records
 * at a time (the same bytes as `JSON.stringify(document, null, 2)`), never as one string: a whole
 * document of a large dataset would take gigabytes as objects and text at once. A batch is
 * stringified two levels deep, so its lines come indented as the document has them.
 */
export function exportDocument(manifest: ExportManifest, records: Collections): Buffer[] {
  const out = new TextChunks()
  out.push(`{\n  "manifest": ${indented(manifest, '  ')}`)
  for (const kind of RECORD_KINDS) {
    const list = records[kind] as object[]
    out.push(`,\n  ${JSON.stringify(EXPORT_ARRAYS[kind])}: [`)
    for (let i = 0; i < list.length; i += BATCH) {
      const batch = list.slice(i, i + BATCH).map((r) => (isCanonical(r) ? r : canonicalize(r)))
      const text = JSON.stringify([batch], null, 2)
      // Each record after the first of the kind follows a comma, as array items do.
      out.push(`${i > 0 ? ',' : ''}${text.slice(BATCH_HEAD.length, text.length - BATCH_TAIL.length)}`)
    }
    out.push(list.length > 0 ? '\n  ]' : ']')
  }
  out.push('\n}\n')
  return out.chunks()
}

/** One JSON file per kind: an array of records. */
export function perKindFiles(records: Collections): { path: string; text: string }[] {
  return RECORD_KINDS.map((kind) => ({
    path: `${EXPORT_ARRAYS[kind]}.json`,
    text: toCanonicalJson(records[kind]),
  }))
}

/** JSON Lines per kind: one record a line, LF line ends. */
export function jsonLinesFiles(records: Collections): { path: string; text: string }[] {
  return RECORD_KINDS.map((kind) => ({
    path: `${EXPORT_ARRAYS[kind]}.jsonl`,
    text: (records[kind] as object[])
      .map((r) => `${JSON.stringify(JSON.parse(toCanonicalJson(r)))}\n`)
      .join(''),
  }))
}
