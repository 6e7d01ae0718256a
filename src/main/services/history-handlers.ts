import type { BackupInfo, Change, Command, RecordVersion, UndoState, UndoStep } from '@shared/domain'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import { toCanonicalJson } from '../dataset/canonical-json'
import type { SchemaValidators } from '../validation/ajv'
import { diffFields } from '../records/field-diff'
import type { RecordService } from '../records/record-service'
import { commandNames } from './command-names'

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
    names: commandNames(store, {
      label: v.label,
      changes: [{ kind, id, before: v.before, after: v.after } as Change],
    }),
  }))
}

/** Undo, redo, record history and backups, over the open store. */
export function createHistoryHandlers(deps: {
  store: () => DatasetStore
  writable: () => DatasetStore
  validators: SchemaValidators
  records: RecordService
}) {
  // Each step with the names its label is said with: the renderer names records, not ids.
  const summary = (store: DatasetStore, c: Command | undefined): UndoStep | undefined =>
    c && { label: c.label, at: c.at, author: c.author, names: commandNames(store, c) }
  const named = (store: DatasetStore, c: Command | undefined): Command | null =>
    c ? { ...c, names: commandNames(store, c) } : null
  return {
    undo: async () => {
      const store = deps.writable()
      return named(store, await store.undoLast())
    },
    redo: async () => {
      const store = deps.writable()
      return named(store, await store.redoLast())
    },
    getUndoState: async (): Promise<UndoState> => {
      const store = deps.store()
      return { undo: summary(store, store.peekUndo()), redo: summary(store, store.peekRedo()) }
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
