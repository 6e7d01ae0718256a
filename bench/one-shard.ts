import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Site } from '@shared/domain'
import type { DatasetStore } from '../src/main/dataset/dataset-store'
import { serializeShard } from '../src/main/dataset/shard-files'

/**
 * How soon the problems are there when one site shard changed since the last check (a pull that
 * brought one edit): the open checks again only that shard's records and those that read them.
 * The shard is put back afterwards and checked again, so the dataset and its cache are as before.
 */
export async function problemsReadyAfterOneShard(
  folder: string,
  open: () => Promise<DatasetStore>,
): Promise<{ ms: number; checkedRecords: number | undefined }> {
  const file = path.join(folder, 'sites', (await readdir(path.join(folder, 'sites'))).sort()[0] as string)
  const original = await readFile(file, 'utf8')
  const sites = (JSON.parse(original) as { records: Site[] }).records
  ;(sites[0] as Site).name = { ...(sites[0] as Site).name, en: `${(sites[0] as Site).name.en} (edited)` }
  await writeFile(file, serializeShard(sites))
  const { ms, checkedRecords } = await openUntilChecked(open)
  await writeFile(file, original)
  await openUntilChecked(open)
  return { ms, checkedRecords }
}

/**
 * One open until its problems are known (`ms`; `openMs` until the open returned), then closed.
 * In a function of its own so that no store outlives it: a closed store still named by a local
 * of the caller stays reachable until the caller returns, and at England's scale two stores at
 * once do not fit the 4 GB heap.
 */
export async function openUntilChecked(
  open: () => Promise<DatasetStore>,
): Promise<{ openMs: number; ms: number; checkedRecords: number | undefined }> {
  const started = performance.now()
  const store = await open()
  const openMs = performance.now() - started
  await store.checked()
  const ms = performance.now() - started
  const checkedRecords = store.checkedProblems?.checkedRecords
  await store.close()
  return { openMs, ms, checkedRecords }
}
