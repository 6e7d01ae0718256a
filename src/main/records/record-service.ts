import { randomBytes } from 'node:crypto'
import type { Command, DeleteOptions, RecordOf, SaveOutcome } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import type { SchemaValidators } from '../validation/ajv'
import { blockingIssues, recordIssues, structuralIssues } from '../validation/record-issues'
import type { RuleContext } from '../validation/rules'
import { deletionChanges } from './dependents'
import { datatypeChangeIssues } from './property-usage'

interface RecordServiceDeps {
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

function refuse(kind: RecordKind, issues: ValidationIssue[], what = 'saved'): never {
  const noun = issues.length === 1 ? 'problem' : 'problems'
  throw new CuratorError(
    'VALIDATION',
    `The ${kind} was not ${what}: ${issues.length} ${noun} to fix.`,
    issues,
  )
}

/**
 * Saving and deleting records: the single place where a record is checked before it may reach
 * the disk. A record that fails its schema or would leave a dangling reference is never saved;
 * one with rule errors is saved but cannot be approved.
 */
export class RecordService {
  constructor(private readonly deps: RecordServiceDeps) {}

  /** The record a draft would become (ids and timestamps filled in), not yet checked. */
  build<K extends RecordKind>(store: RuleContext, kind: K, draft: unknown): RecordOf[K] {
    if (draft === null || typeof draft !== 'object' || Array.isArray(draft)) {
      throw new CuratorError('VALIDATION', `A ${kind} must be an object.`)
    }
    const given = (draft as { id?: unknown }).id
    const id = typeof given === 'string' && given !== '' ? given : this.newIdFor(store, kind, draft)
    const existing = store.get(kind, id) as { createdAt?: string } | undefined
    const now = this.deps.clock().toISOString()
    const timestamps = HAS_TIMESTAMPS[kind] ? { createdAt: existing?.createdAt ?? now, updatedAt: now } : {}
    return { ...(draft as object), id, ...timestamps } as RecordOf[K]
  }

  /**
   * The id of a new record. A site with a UNESCO id gets `whc-<id>`, the stable id imported
   * sites have, unless a site has that id already (then the UNESCO id is a duplicate, which the
   * rules report, and the new site gets an id of its own).
   */
  private newIdFor(store: RuleContext, kind: RecordKind, draft: object): string {
    const unescoId = kind === 'site' ? (draft as { unescoId?: unknown }).unescoId : undefined
    if (typeof unescoId === 'number' && Number.isInteger(unescoId) && unescoId > 0) {
      const id = `whc-${unescoId}`
      if (!store.get('site', id)) return id
    }
    return this.deps.newId(kind)
  }

  /** Every issue a draft would have, without saving it: for checks as the curator types. */
  check<K extends RecordKind>(store: RuleContext, kind: K, draft: unknown): ValidationIssue[] {
    return recordIssues(this.deps.validators, store, kind, this.build(store, kind, draft))
  }

  /**
   * Builds and checks a record; throws VALIDATION when it may not be saved (or approved). The
   * store, or a view of it (a merge checks its site without the site it absorbs).
   */
  prepare<K extends RecordKind>(store: RuleContext, kind: K, draft: unknown): RecordOf[K] {
    const record = this.build(store, kind, draft)
    const structural = structuralIssues(this.deps.validators, store, kind, record)
    if (structural.length > 0) refuse(kind, structural)
    if (kind === 'property') {
      const datatype = datatypeChangeIssues(store, record as RecordOf['property'])
      if (datatype.length > 0) refuse(kind, datatype)
    }
    if ((record as { status?: string }).status === 'approved') {
      const errors = blockingIssues(recordIssues(this.deps.validators, store, kind, record))
      if (errors.length > 0) refuse(kind, errors, 'approved')
    }
    return record
  }

  async save<K extends RecordKind>(store: DatasetStore, kind: K, draft: unknown): Promise<RecordOf[K]> {
    return (await this.saveWithIssues(store, kind, draft)).record
  }

  /** Saves, and answers the record's issues as the dataset stands after the save (one check, here). */
  async saveWithIssues<K extends RecordKind>(
    store: DatasetStore,
    kind: K,
    draft: unknown,
  ): Promise<SaveOutcome<K>> {
    const record = this.prepare(store, kind, draft)
    const before = store.get(kind, record.id) ?? null
    const verb = before ? 'Edit' : 'Create'
    await store.commit(`${verb} ${kind} ${record.id}`, [{ kind, id: record.id, before, after: record }])
    return { record, issues: recordIssues(this.deps.validators, store, kind, record), created: !before }
  }

  /** Deletes a record; with dependents, refuses (CONFLICT) unless the options say what to do with them. */
  async remove(store: DatasetStore, kind: RecordKind, id: string, options?: DeleteOptions): Promise<Command> {
    return this.removeAsCommand(store, kind, id, `Delete ${kind} ${id}`, options)
  }

  removeAsCommand(store: DatasetStore, kind: RecordKind, id: string, label: string, options?: DeleteOptions) {
    return store.commit(label, deletionChanges(store, kind, id, options))
  }
}
