/**
 * Worker thread: checks a dataset folder as it was opened, files plus the journal's pending
 * commits (every record against its schema, the cross-record rules and the rules beyond the
 * schema), so that main stays responsive meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { nodeDisk } from '../dataset/fs/disk'
import { createSchemaValidators } from './ajv'
import { checkFolder } from './check-folder'

const { folder } = workerData as { folder: string }
try {
  parentPort?.postMessage({ check: await checkFolder(folder, createSchemaValidators(), nodeDisk) })
} catch (error) {
  parentPort?.postMessage({
    error: (error as Error).message,
    issues: (error as { issues?: unknown }).issues ?? [],
  })
}
