import type { BackupInfo, Change, RecordVersion } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind } from '../../shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import { toCanonicalJson } from '../dataset/canonical-json'
import type { SchemaValidators } from '../validation/ajv'
import { diffFields } from '../records/field-diff'
import type { RecordService } from '../records/record-service'

const IGNORED_IN_DIFF = new Set(['/updatedAt', '/createdAt'])

/** A backup generation's name is its time with the colons made safe for every file system. */
export function backupInfo(name: string): BackupInfo {
  return { name, at: name.replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3') }
}

/** Every version of a record the journal remembers, newest first, field by field. */
export function recordVersions(store: DatasetStore, kind: RecordKind, id: string): RecordVersion[] {
  return store.history(kind, id).map((v) => ({
    seq: v.seq,
    op: v.op,
    label: v.label,
    at: v.at,
    author: v.author,
    effect: v.before === null ? 'created' : v.after === null ? 'deleted' : 'edited',
    fields: diffFields(v.before, v.after).filter((f) => !IGNORED_IN_DIFF.has(f.path)),
  }))
}

/** Undo, redo, record history and backups, over the open store. */
export function createHistoryHandlers(deps: {
  store: () => DatasetStore
  writable: () => DatasetStore
  validators: SchemaValidators
  records: RecordService
}) {
  const summary = (c: { label: string; at: string; author: string } | undefined) =>
    c && { label: c.label, at: c.at, author: c.author }
  return {
    undo: async () => (await deps.writable().undoLast()) ?? null,
    redo: async () => (await deps.writable().redoLast()) ?? null,
    getUndoState: async () => {
      const store = deps.store()
      return { undo: summary(store.peekUndo()), redo: summary(store.peekRedo()) }
    },
    getHistory: async (kind: RecordKind, id: string): Promise<RecordVersion[]> =>
      recordVersions(deps.store(), kind, id),
    restoreVersion: async (kind: RecordKind, id: string, seq: number) => {
      const store = deps.writable()
      const version = store.history(kind, id).find((v) => v.seq === seq)
      if (!version) throw new CuratorError('NOT_FOUND', `No version ${seq} of “${id}” is remembered.`)
      const current = store.get(kind, id) ?? null
      if (version.after === null) {
        if (current === null) throw new CuratorError('CONFLICT', `“${id}” is already deleted.`)
        return deps.records.removeAsCommand(store, kind, id, `Restore deletion of ${kind} ${id}`)
      }
      const record = deps.records.prepare(store, kind, version.after)
      const label = `Restore ${kind} ${id} as of ${version.at}`
      return store.commit(label, [{ kind, id, before: current, after: record } as Change])
    },
    listBackups: async (): Promise<BackupInfo[]> => (await deps.store().backups()).map(backupInfo),
    restoreBackup: async (name: string) => {
      const store = deps.writable()
      const backup = await store.readBackup(name, deps.validators)
      const changes: Change[] = []
      for (const kind of RECORD_KINDS) {
        const wanted = new Map<string, unknown>(backup[kind].map((r) => [r.id, r]))
        for (const record of store.all(kind)) {
          if (!wanted.has(record.id))
            changes.push({ kind, id: record.id, before: record, after: null } as Change)
        }
        for (const [id, after] of wanted) {
          const before = store.get(kind, id) ?? null
          if (toCanonicalJson(before) !== toCanonicalJson(after))
            changes.push({ kind, id, before, after } as Change)
        }
      }
      return store.commit(`Restore backup ${name}`, changes)
    },
  }
}
