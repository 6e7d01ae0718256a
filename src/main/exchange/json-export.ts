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

/**
 * The export document: the manifest, then one array per kind, in the dataset files' canonical
 * form (keys ordered, records sorted by id), so two exports of the same data are byte-identical
 * but for the export time. Valid against schemas/export.schema.json. Written record by record
 * (the same bytes as `JSON.stringify(document, null, 2)`), never as one string: a whole
 * document of a large dataset would take gigabytes as objects and text at once.
 */
export function exportDocument(manifest: ExportManifest, records: Collections): Buffer[] {
  const out = new TextChunks()
  out.push(`{\n  "manifest": ${indented(manifest, '  ')}`)
  for (const kind of RECORD_KINDS) {
    const list = records[kind] as object[]
    out.push(`,\n  ${JSON.stringify(EXPORT_ARRAYS[kind])}: [`)
    for (let i = 0; i < list.length; i += 1) out.push(`${i > 0 ? ',' : ''}\n    ${indented(list[i], '    ')}`)
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
