import type { Manifest } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { KIND_FOLDERS, SHARDED_LAYOUT } from './shards'

/** The manifest's file name inside a dataset folder. */
export const MANIFEST_FILE = 'dataset.json'

/**
 * The first layout (version 1, a manifest without `layout`): one JSON file per record kind,
 * each `{ "records": [...] }`. Read as it is; migrated to shards when opened for writing
 * (docs/LAYOUT.md, src/main/dataset/migrate-layout.ts).
 */
export const OLD_RECORD_FILES = {
  site: 'sites.json',
  source: 'sources.json',
  property: 'properties.json',
  statement: 'statements.json',
} as const satisfies Record<RecordKind, string>

/** Whether a manifest says the records are in shards (docs/LAYOUT.md). */
export function isSharded(manifest: unknown): boolean {
  return (manifest as { layout?: unknown } | null)?.layout !== undefined
}

/** The manifest as the app holds it: the folder's layout is the store's business, not the dataset's. */
export function withoutLayout(manifest: Manifest): Manifest {
  const { layout: _layout, ...rest } = manifest
  return rest
}

/** The manifest as a sharded folder records it. */
export function withLayout(manifest: Manifest): Manifest {
  return { ...withoutLayout(manifest), layout: { ...SHARDED_LAYOUT } }
}

/** Every name a dataset's records may have at the top of its folder, in either layout. */
export const RECORD_ENTRIES: readonly string[] = [
  ...Object.values(OLD_RECORD_FILES),
  ...Object.values(KIND_FOLDERS),
]
