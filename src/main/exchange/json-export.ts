import type { ExportManifest } from '../../shared/exchange'
import { RECORD_KINDS, type RecordKind } from '../../shared/result'
import { toCanonicalJson } from '../dataset/canonical-json'
import type { Collections } from '../dataset/read-dataset'

/** The array of each kind in the export document, and the per-kind file names. */
export const EXPORT_ARRAYS = {
  site: 'sites',
  source: 'sources',
  property: 'properties',
  statement: 'statements',
} as const satisfies Record<RecordKind, string>

/** The name of the one-document JSON export. */
export const JSON_DOCUMENT = 'dataset.export.json'

/**
 * The export document: the manifest, then one array per kind, in the dataset files' canonical
 * form (keys ordered, records sorted by id), so two exports of the same data are byte-identical
 * but for the export time. Valid against schemas/export.schema.json.
 */
export function exportDocument(manifest: ExportManifest, records: Collections): string {
  const doc: Record<string, unknown> = { manifest }
  for (const kind of RECORD_KINDS) doc[EXPORT_ARRAYS[kind]] = records[kind]
  // toCanonicalJson would put keys in alphabetical order; the manifest reads better first.
  const body = JSON.parse(toCanonicalJson(doc)) as Record<string, unknown>
  const ordered = {
    manifest: body.manifest,
    ...Object.fromEntries(RECORD_KINDS.map((k) => [EXPORT_ARRAYS[k], body[EXPORT_ARRAYS[k]]])),
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
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
