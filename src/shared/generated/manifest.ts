/* Generated from schemas/manifest.schema.json by scripts/generate-types.ts. Do not edit. */

export type DatasetName = string
export type Description = string
/**
 * SPDX identifier or a short licence statement.
 */
export type Licence = string
export type SchemaVersion = 1
/**
 * BCP 47 language tag such as en, zh, zh-Hant, fr.
 */
export type Language = string
/**
 * Every site should have a name in each of these languages.
 *
 * @minItems 1
 */
export type RequiredLanguages = Language[]

/**
 * The dataset manifest, dataset.json in the dataset folder.
 */
export interface Manifest {
  name: DatasetName
  description?: Description
  license?: Licence
  schemaVersion: SchemaVersion
  languages: RequiredLanguages
  layout?: FolderLayout
}
/**
 * How the records are laid out in the dataset folder (docs/LAYOUT.md): each kind's records in up to 256 shard files, <kind folder>/<hh>.json, hh being the first two hex digits of the SHA-1 of the record's shard key. Absent in datasets of the first layout (one file per kind), which the app migrates when it opens them for writing.
 */
export interface FolderLayout {
  version: 2
  shards: 256
  key: 'sha1-hex2'
}
