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
}
