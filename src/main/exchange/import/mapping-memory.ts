import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CsvColumnTarget } from '@shared/exchange'
import { nodeDisk } from '../../dataset/fs/disk'
import { writeFileDurably } from '../../dataset/fs/durable-write'

/**
 * Column mappings, remembered per header layout in the dataset's `.curator/import-mappings.json`
 * (beside its journal: this machine's working state, ignored by git), so the next file with the
 * same columns imports without the mapping step.
 */
const MAPPINGS_FILE = 'import-mappings.json'

interface MappingFile {
  version: 1
  layouts: Record<string, { headers: string[]; targets: CsvColumnTarget[]; savedAt: string }>
}

/** The key of a header layout: a hash, so that no header can be an awkward object key. */
function layoutKey(headers: string[]): string {
  return createHash('sha256').update(JSON.stringify(headers)).digest('hex').slice(0, 32)
}

async function readMappings(metaDir: string): Promise<MappingFile> {
  try {
    const json = JSON.parse(await readFile(path.join(metaDir, MAPPINGS_FILE), 'utf8')) as MappingFile
    return json?.version === 1 && json.layouts && typeof json.layouts === 'object'
      ? json
      : { version: 1, layouts: {} }
  } catch {
    return { version: 1, layouts: {} }
  }
}

export async function recallMapping(
  metaDir: string,
  headers: string[],
): Promise<CsvColumnTarget[] | undefined> {
  const entry = (await readMappings(metaDir)).layouts[layoutKey(headers)]
  return entry && entry.targets.length === headers.length ? entry.targets : undefined
}

/** Remembers a mapping; a dataset that cannot be written (read-only) simply does not remember. */
export async function rememberMapping(
  metaDir: string,
  headers: string[],
  targets: CsvColumnTarget[],
  at: Date,
) {
  const file = await readMappings(metaDir)
  file.layouts[layoutKey(headers)] = { headers, targets, savedAt: at.toISOString() }
  await writeFileDurably(
    nodeDisk,
    path.join(metaDir, MAPPINGS_FILE),
    `${JSON.stringify(file, null, 2)}\n`,
  ).catch(() => undefined)
}
