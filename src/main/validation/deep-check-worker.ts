/**
 * Worker thread: checks a dataset folder as it was opened, files plus the journal's pending
 * commits (every record against its schema, then the cross-record rules), so that main stays
 * responsive meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { nodeDisk } from '../dataset/fs/disk'
import { createSchemaValidators } from './ajv'
import { checkDatasetFolder } from './check-folder'

const { folder } = workerData as { folder: string }
try {
  const issues = await checkDatasetFolder(folder, createSchemaValidators(), nodeDisk)
  parentPort?.postMessage({ issues })
} catch (error) {
  parentPort?.postMessage({
    error: (error as Error).message,
    issues: (error as { issues?: unknown }).issues ?? [],
  })
}
