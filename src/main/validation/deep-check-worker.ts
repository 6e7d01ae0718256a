/**
 * Worker thread: reads a dataset folder as it was opened and runs the deep check (every record
 * against its schema, then the cross-record rules), so that main stays responsive meanwhile.
 */
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { nodeDisk } from '../dataset/fs/disk'
import { readJournalState } from '../dataset/open-steps'
import { deepIssues, readDataset } from '../dataset/read-dataset'
import { applyChanges, toMaps } from '../dataset/apply-changes'
import { createSchemaValidators } from './ajv'

const { folder } = workerData as { folder: string }
try {
  const validators = createSchemaValidators()
  const { records } = await readDataset(folder, validators, nodeDisk, { deep: false })
  const { journal, compactedThrough } = await readJournalState(nodeDisk, path.join(folder, '.curator'))
  const maps = toMaps(records)
  for (const event of journal.events) if (event.seq > compactedThrough) applyChanges(maps, event.changes)
  const current = {
    site: [...maps.site.values()],
    source: [...maps.source.values()],
    property: [...maps.property.values()],
    statement: [...maps.statement.values()],
  }
  parentPort?.postMessage({ issues: deepIssues(current, validators) })
} catch (error) {
  parentPort?.postMessage({
    error: (error as Error).message,
    issues: (error as { issues?: unknown }).issues ?? [],
  })
}
