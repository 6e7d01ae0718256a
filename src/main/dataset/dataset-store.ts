import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import { DataFile } from 'lowdb/node'
import type { Manifest, RecordOf } from '../../shared/domain'
import { RECORD_KINDS, type RecordKind } from '../../shared/result'
import type { SchemaValidators } from '../validation/ajv'
import type { RecordLookup } from '../validation/integrity'
import { type RecordFile, serializeRecordFile, toCanonicalJson } from './canonical-json'
import { CuratorError } from './errors'
import { MANIFEST_FILE, RECORD_FILES } from './layout'
import { type Collections, readDataset } from './read-dataset'

type AnyRecord = RecordOf[RecordKind]

/** lowdb with an explicit adapter: the presets switch to memory under NODE_ENV=test, which would make tests lie. */
function recordDb(folder: string, kind: RecordKind, records: AnyRecord[]): Low<RecordFile<AnyRecord>> {
  const adapter = new DataFile<RecordFile<AnyRecord>>(path.join(folder, RECORD_FILES[kind]), {
    parse: (text) => JSON.parse(text) as RecordFile<AnyRecord>,
    stringify: serializeRecordFile,
  })
  return new Low(adapter, { records })
}

/**
 * An open dataset folder: the records in memory, indexed by id, and one lowdb file per kind.
 * Writes are queued so that two saves never interleave on one file.
 */
export class DatasetStore implements RecordLookup {
  private readonly maps: { [K in RecordKind]: Map<string, RecordOf[K]> }
  private readonly dbs: Record<RecordKind, Low<RecordFile<AnyRecord>>>
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(
    readonly folder: string,
    readonly manifest: Manifest,
    records: Collections,
  ) {
    this.maps = {
      site: new Map(records.site.map((r) => [r.id, r])),
      source: new Map(records.source.map((r) => [r.id, r])),
      property: new Map(records.property.map((r) => [r.id, r])),
      statement: new Map(records.statement.map((r) => [r.id, r])),
    }
    this.dbs = Object.fromEntries(
      RECORD_KINDS.map((kind) => [kind, recordDb(folder, kind, records[kind])]),
    ) as Record<RecordKind, Low<RecordFile<AnyRecord>>>
  }

  /** Opens a dataset folder; refuses (and writes nothing) when any file is malformed or invalid. */
  static async open(folder: string, validators: SchemaValidators): Promise<DatasetStore> {
    const contents = await readDataset(folder, validators)
    return new DatasetStore(path.resolve(folder), contents.manifest, contents.records)
  }

  /** Writes a new dataset into an empty (or new) folder and opens it. */
  static async create(
    folder: string,
    manifest: Manifest,
    records: Collections,
    validators: SchemaValidators,
  ) {
    await mkdir(folder, { recursive: true })
    if ((await readdir(folder)).length > 0) {
      throw new CuratorError('CONFLICT', `${folder} is not empty: choose an empty folder for a new dataset.`)
    }
    await writeFile(path.join(folder, MANIFEST_FILE), toCanonicalJson(manifest))
    for (const kind of RECORD_KINDS) {
      await writeFile(
        path.join(folder, RECORD_FILES[kind]),
        serializeRecordFile<AnyRecord>({ records: records[kind] }),
      )
    }
    return DatasetStore.open(folder, validators)
  }

  get<K extends RecordKind>(kind: K, id: string): RecordOf[K] | undefined {
    return this.maps[kind].get(id)
  }

  all<K extends RecordKind>(kind: K): IterableIterator<RecordOf[K]> {
    return this.maps[kind].values()
  }

  count(kind: RecordKind): number {
    return this.maps[kind].size
  }

  /** Everything, as plain arrays (for save-as and export). */
  snapshot(): Collections {
    return {
      site: [...this.maps.site.values()],
      source: [...this.maps.source.values()],
      property: [...this.maps.property.values()],
      statement: [...this.maps.statement.values()],
    }
  }

  /** Stores a record and writes its kind's file; memory changes only once the file is written. */
  put<K extends RecordKind>(kind: K, record: RecordOf[K]): Promise<void> {
    return this.write(kind, (map) => map.set(record.id, record))
  }

  remove(kind: RecordKind, id: string): Promise<void> {
    return this.write(kind, (map) => map.delete(id))
  }

  private write<K extends RecordKind>(
    kind: K,
    change: (map: Map<string, RecordOf[K]>) => void,
  ): Promise<void> {
    const run = async () => {
      const next = new Map(this.maps[kind])
      change(next)
      const db = this.dbs[kind]
      db.data = { records: [...next.values()] }
      await db.write()
      this.maps[kind] = next as never
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }
}
