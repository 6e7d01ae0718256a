import { randomBytes } from 'node:crypto'
import type { Command, DeleteOptions, RecordOf } from '../../shared/domain'
import type { RecordKind } from '../../shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import type { SchemaValidators } from '../validation/ajv'
import { recordIssues } from '../validation/record-issues'
import { deletionChanges } from './dependents'

export interface RecordServiceDeps {
  validators: SchemaValidators
  /** Injected so tests can fix time. */
  clock: () => Date
  /** Injected so tests can fix ids. */
  newId: (kind: RecordKind) => string
}

const ID_PREFIX: Record<RecordKind, string> = {
  site: 'site',
  source: 'src',
  property: 'prop',
  statement: 'stmt',
}

export function randomId(kind: RecordKind): string {
  return `${ID_PREFIX[kind]}-${randomBytes(5).toString('hex')}`
}

/** Properties are registry entries without curation timestamps; every other kind has them. */
const HAS_TIMESTAMPS: Record<RecordKind, boolean> = {
  site: true,
  source: true,
  property: false,
  statement: true,
}

/**
 * Saving and deleting records: the single place where a record is checked (schema, then
 * cross-record rules) before it may reach the disk.
 */
export class RecordService {
  constructor(private readonly deps: RecordServiceDeps) {}

  /** Builds the record a draft would become, without saving it; throws VALIDATION with issues when it fails. */
  prepare<K extends RecordKind>(store: DatasetStore, kind: K, draft: unknown): RecordOf[K] {
    if (draft === null || typeof draft !== 'object' || Array.isArray(draft)) {
      throw new CuratorError('VALIDATION', `A ${kind} must be an object.`)
    }
    const given = (draft as { id?: unknown }).id
    const id = typeof given === 'string' && given !== '' ? given : this.deps.newId(kind)
    const existing = store.get(kind, id)
    const now = this.deps.clock().toISOString()
    const timestamps = HAS_TIMESTAMPS[kind]
      ? { createdAt: (existing as { createdAt?: string } | undefined)?.createdAt ?? now, updatedAt: now }
      : {}
    const record = { ...(draft as object), id, ...timestamps } as RecordOf[K]
    const issues = recordIssues(this.deps.validators, store, kind, record)
    if (issues.length > 0) {
      const noun = issues.length === 1 ? 'problem' : 'problems'
      throw new CuratorError(
        'VALIDATION',
        `The ${kind} was not saved: ${issues.length} ${noun} to fix.`,
        issues,
      )
    }
    return record
  }

  async save<K extends RecordKind>(store: DatasetStore, kind: K, draft: unknown): Promise<RecordOf[K]> {
    const record = this.prepare(store, kind, draft)
    const before = store.get(kind, record.id) ?? null
    const verb = before ? 'Edit' : 'Create'
    await store.commit(`${verb} ${kind} ${record.id}`, [{ kind, id: record.id, before, after: record }])
    return record
  }

  /** Deletes a record; with dependents, refuses (CONFLICT) unless the options say what to do with them. */
  async remove(store: DatasetStore, kind: RecordKind, id: string, options?: DeleteOptions): Promise<Command> {
    return this.removeAsCommand(store, kind, id, `Delete ${kind} ${id}`, options)
  }

  removeAsCommand(store: DatasetStore, kind: RecordKind, id: string, label: string, options?: DeleteOptions) {
    return store.commit(label, deletionChanges(store, kind, id, options))
  }
}
