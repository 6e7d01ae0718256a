import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Manifest } from '@shared/domain'
import { DatasetStore, type StoreOptions } from '../main/dataset/dataset-store'
import { CuratorError } from '../main/dataset/errors'
import type { SchemaValidators } from '../main/validation/ajv'
import type { CliAuthor } from './author'

/** The store's options for a command: history names `author` (given explicitly, see ./author). */
export function storeOptionsFor(author: CliAuthor): StoreOptions {
  return { author: () => author.name }
}

/** For commands that only read: they record nothing, so they need no author. */
export const readOnlyStoreOptions: StoreOptions = { readOnly: true }

/**
 * A dataset a command needs that cannot be opened (missing, damaged, not a dataset): the command
 * could not run (exit status 2), whatever the reason's code; its issues are still printed.
 */
export class CannotOpenDataset extends CuratorError {
  constructor(cause: CuratorError) {
    super(cause.code, `The dataset cannot be opened: ${cause.message}`, cause.issues, cause.path)
  }
}

/** Opens the dataset a command works on; a refusal is `CannotOpenDataset`. */
export async function openForCommand(folder: string, validators: SchemaValidators, options: StoreOptions) {
  try {
    return await DatasetStore.open(folder, validators, options)
  } catch (error) {
    throw error instanceof CuratorError ? new CannotOpenDataset(error) : error
  }
}

/** True when a folder is missing or empty: a new dataset may be made there. */
export function isEmptyFolder(folder: string): boolean {
  return !existsSync(folder) || readdirSync(folder).length === 0
}

/** Writes an empty dataset into a new or empty folder, and opens it. */
export async function createDataset(
  folder: string,
  manifest: Manifest,
  validators: SchemaValidators,
  options: StoreOptions = {},
) {
  if (!isEmptyFolder(folder)) {
    throw new CuratorError('CONFLICT', `${folder} is not empty: a new dataset needs a new or empty folder.`)
  }
  return DatasetStore.create(
    folder,
    manifest,
    { site: [], source: [], property: [], statement: [] },
    validators,
    options,
  )
}

export function newManifest(
  folder: string,
  name: string | undefined,
  languages: string | undefined,
): Manifest {
  return {
    name: name ?? path.basename(path.resolve(folder)),
    schemaVersion: 1,
    languages: (languages ?? 'en')
      .split(',')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  }
}
