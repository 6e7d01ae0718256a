import { existsSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Manifest } from '../shared/domain'
import { DatasetStore, type StoreOptions } from '../main/dataset/dataset-store'
import { CuratorError } from '../main/dataset/errors'
import type { SchemaValidators } from '../main/validation/ajv'

function author(): string {
  try {
    return `${os.userInfo().username} (command line)`
  } catch {
    return 'command line'
  }
}

export const storeOptions: StoreOptions = { author }

/** True when a folder is missing or empty: a new dataset may be made there. */
export function isEmptyFolder(folder: string): boolean {
  return !existsSync(folder) || readdirSync(folder).length === 0
}

/** Writes an empty dataset into a new or empty folder, and opens it. */
export async function createDataset(folder: string, manifest: Manifest, validators: SchemaValidators) {
  if (!isEmptyFolder(folder)) {
    throw new CuratorError('CONFLICT', `${folder} is not empty: a new dataset needs a new or empty folder.`)
  }
  return DatasetStore.create(
    folder,
    manifest,
    { site: [], source: [], property: [], statement: [] },
    validators,
    storeOptions,
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
