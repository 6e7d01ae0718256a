import type { RecordKind } from '../../shared/result'

/** The manifest's file name inside a dataset folder. */
export const MANIFEST_FILE = 'dataset.json'

/** One JSON file per record kind, each `{ "records": [...] }`. */
export const RECORD_FILES = {
  site: 'sites.json',
  source: 'sources.json',
  property: 'properties.json',
  statement: 'statements.json',
} as const satisfies Record<RecordKind, string>
