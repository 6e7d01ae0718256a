import path from 'node:path'
import type { Manifest, RecordOf } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind, type ValidationIssue } from '../../shared/result'
import type { SchemaValidators } from '../validation/ajv'
import { toIssues } from '../validation/messages'
import { checkDatasetIntegrity } from '../validation/integrity'
import { CuratorError } from './errors'
import type { Disk } from './fs/disk'
import { MANIFEST_FILE, RECORD_FILES } from './layout'

/** Files larger than this are refused rather than read into memory whole. */
export const MAX_FILE_BYTES = 400 * 1024 * 1024

export type Collections = { [K in RecordKind]: RecordOf[K][] }

export interface DatasetContents {
  manifest: Manifest
  records: Collections
}

async function readJson(disk: Disk, folder: string, file: string, optional: boolean): Promise<unknown> {
  const full = path.join(folder, file)
  let size: number
  try {
    size = await disk.size(full)
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new CuratorError('NOT_FOUND', `${file} was not found in ${folder}: is this a dataset folder?`)
  }
  if (size > MAX_FILE_BYTES) {
    throw new CuratorError(
      'IO',
      `${file} is ${Math.round(size / 1e6)} MB, larger than the ${MAX_FILE_BYTES / 1e6} MB limit.`,
    )
  }
  const text = await disk.readFile(full)
  if (text.trim() === '')
    throw new CuratorError('VALIDATION', `${file} is empty.`, [fileIssue(file, 'is empty')])
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const reason = (error as Error).message
    throw new CuratorError('VALIDATION', `${file} is not valid JSON: ${reason}`, [fileIssue(file, reason)])
  }
}

function fileIssue(file: string, problem: string): ValidationIssue {
  return { path: '', message: `${file} ${problem}`, rule: 'file.parse', severity: 'error', file }
}

function recordsOf(file: string, json: unknown): unknown[] {
  if (json === undefined) return []
  const records = (json as { records?: unknown } | null)?.records
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !Array.isArray(records)) {
    const problem = 'must be an object with a "records" array'
    throw new CuratorError('VALIDATION', `${file} ${problem}.`, [fileIssue(file, problem)])
  }
  return records
}

/**
 * Reads and checks a whole dataset folder without writing anything. Any problem (unreadable
 * file, bad JSON, a record that fails its schema, a duplicate id, a dangling reference) is
 * refused with issues that name the file, the record and the rule.
 */
export async function readDataset(
  folder: string,
  validators: SchemaValidators,
  disk: Disk,
): Promise<DatasetContents> {
  const manifest = await readJson(disk, folder, MANIFEST_FILE, false)
  const issues: ValidationIssue[] = toIssues(validators.validate('manifest', manifest)).map((issue) => ({
    ...issue,
    file: MANIFEST_FILE,
    message: `${MANIFEST_FILE}: ${issue.message}`,
  }))
  const records = {} as Record<RecordKind, unknown[]>
  for (const kind of RECORD_KINDS) {
    const file = RECORD_FILES[kind]
    const list = recordsOf(file, await readJson(disk, folder, file, true))
    const ids = new Set<string>()
    list.forEach((record, index) => {
      const id = (record as { id?: unknown } | null)?.id
      const where = typeof id === 'string' ? `record “${id}”` : `record #${index + 1}`
      for (const issue of toIssues(validators.validate(kind, record))) {
        issues.push({
          ...issue,
          file,
          record: { kind, id: String(id ?? index) },
          message: `${file}, ${where}: ${issue.message}`,
        })
      }
      if (typeof id === 'string' && ids.has(id)) {
        const message = `${file}: the id “${id}” is used twice.`
        issues.push({
          path: '/id',
          message,
          rule: 'integrity.unique-id',
          severity: 'error',
          file,
          record: { kind, id },
        })
      }
      if (typeof id === 'string') ids.add(id)
    })
    records[kind] = list
  }
  if (issues.length === 0) issues.push(...checkDatasetIntegrity(records as Collections))
  if (issues.length > 0) {
    const first = issues[0]?.message ?? ''
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ''
    throw new CuratorError('VALIDATION', `The dataset in ${folder} cannot be opened: ${first}${more}`, issues)
  }
  return { manifest: manifest as Manifest, records: records as Collections }
}
