/**
 * Old datasets (one file per kind, a manifest without `layout`) are moved to the sharded layout
 * of docs/LAYOUT.md the first time they are opened for writing, once, with a backup, and safely:
 * a power cut at any step leaves a dataset that opens with every record.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { RECORD_KINDS } from '@shared/result'
import { DatasetStore, type StoreOptions } from '../../src/main/dataset/dataset-store'
import { isTempFile } from '../../src/main/dataset/fs/durable-write'
import { encodeEvent } from '../../src/main/dataset/journal'
import { SHARDED_LAYOUT } from '../../src/main/dataset/shards'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { copyOldSample, readKind, shardOfId } from '../support/dataset-files'
import { SimulatedDisk } from '../support/simulated-disk'
import { copySample, snapshotFolder } from '../support/temp-dataset'

const validators = createSchemaValidators()
const OLD_FILES = ['properties.json', 'sites.json', 'sources.json', 'statements.json']
const quiet: StoreOptions = { compactAfterMs: 1e9, compactEvery: 1e9 }

const topFiles = async (folder: string) => (await readdir(folder)).filter((n) => n !== '.curator').sort()
const manifestOf = async (folder: string) =>
  JSON.parse(await readFile(path.join(folder, 'dataset.json'), 'utf8')) as { layout?: unknown; name: string }

/** Every record of every kind, as a store holds them. */
function recordsOf(store: DatasetStore) {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [...store.all(kind)]]))
}

describe('opening an old dataset for writing', () => {
  it('moves it to shards once: backup, shards, manifest, then the old files go', async () => {
    const folder = await copyOldSample()
    const oldFiles = await snapshotFolder(folder)
    const store = await DatasetStore.open(folder, validators, quiet)
    expect(store.readOnly).toBe(false)
    expect(await topFiles(folder)).toEqual(['dataset.json', 'properties', 'sites', 'sources', 'statements'])
    expect((await manifestOf(folder)).layout).toEqual(SHARDED_LAYOUT)
    // Every record is in its shard, byte for byte as the sample builder writes them.
    const sample = await snapshotFolder(await copySample())
    const now = await snapshotFolder(folder)
    for (const [file, bytes] of sample) expect(now.get(file), file).toBe(bytes)
    // The backup generation holds the old files exactly as they were.
    const [generation] = await store.backups()
    const backupFolder = path.join(folder, '.curator', 'backups', generation as string)
    for (const file of ['dataset.json', ...OLD_FILES]) {
      const kept = await readFile(path.join(backupFolder, file), 'base64')
      expect(kept, file).toBe(oldFiles.get(file))
    }
    expect(await store.readBackup(generation as string, validators)).toEqual(recordsOf(store))
    const records = recordsOf(store)
    await store.close()

    // Once: the next open finds nothing to move, and writes nothing.
    const before = await snapshotFolder(folder)
    const reopened = await DatasetStore.open(folder, validators, quiet)
    expect(recordsOf(reopened)).toEqual(records)
    expect(await reopened.backups()).toHaveLength(1)
    await reopened.close()
    const after = await snapshotFolder(folder)
    for (const [file, bytes] of before)
      if (!file.startsWith('.curator')) expect(after.get(file), file).toBe(bytes)
  })

  it('never moves a dataset opened read-only, or one another writer holds', async () => {
    const folder = await copyOldSample()
    const before = await snapshotFolder(folder)
    const readOnly = await DatasetStore.open(folder, validators, { readOnly: true })
    expect(readOnly.count('site')).toBe(59)
    expect(await readOnly.filesChangedOutside()).toEqual([])
    await readOnly.close()
    expect(await snapshotFolder(folder)).toEqual(before)

    await mkdir(path.join(folder, '.curator'), { recursive: true })
    const lock = {
      pid: process.pid,
      host: (await import('node:os')).hostname(),
      startedAt: '2026-01-01T00:00:00Z',
    }
    await writeFile(path.join(folder, '.curator', 'lock'), JSON.stringify(lock))
    const second = await DatasetStore.open(folder, validators)
    expect(second.readOnlyReason).toMatch(/Another Heritage Curator/)
    expect(await topFiles(folder)).toEqual(['dataset.json', ...OLD_FILES])
    await second.close()
  })

  it('keeps the journal’s edits made before the move, and folds them into the shards', async () => {
    const folder = await copyOldSample()
    const sites = JSON.parse(await readFile(path.join(folder, 'sites.json'), 'utf8')) as { records: Site[] }
    const mogao = sites.records.find((s) => s.id === 'whc-440') as Site
    const event = {
      seq: 1,
      op: 'do' as const,
      commandId: 'cmd-before-the-move',
      label: 'Edit site whc-440',
      at: '2026-01-01T00:00:00.000Z',
      author: 'Ada',
      changes: [
        { kind: 'site' as const, id: 'whc-440', before: mogao, after: { ...mogao, name: { en: 'Kept' } } },
      ],
    }
    await mkdir(path.join(folder, '.curator'), { recursive: true })
    await writeFile(path.join(folder, '.curator', 'journal.jsonl'), encodeEvent(event))
    const store = await DatasetStore.open(folder, validators, quiet)
    expect(store.get('site', 'whc-440')?.name.en).toBe('Kept')
    expect(store.peekUndo()?.label).toBe('Edit site whc-440')
    await store.close()
    expect(await readFile(path.join(folder, shardOfId('site', 'whc-440')), 'utf8')).toContain('"en": "Kept"')
  })

  it('finishes a move cut short after its commit point: the old files left behind go', async () => {
    const folder = await copySample()
    for (const kind of RECORD_KINDS) {
      const file = OLD_FILES[RECORD_KINDS.indexOf(kind)]
      await writeFile(
        path.join(folder, file as string),
        JSON.stringify({ records: await readKind(folder, kind) }),
      )
    }
    const readOnly = await DatasetStore.open(folder, validators, { readOnly: true })
    expect(readOnly.count('site')).toBe(59)
    await readOnly.close()
    expect(await topFiles(folder)).toContain('sites.json')
    const store = await DatasetStore.open(folder, validators, quiet)
    expect(await topFiles(folder)).toEqual(['dataset.json', 'properties', 'sites', 'sources', 'statements'])
    expect(store.count('site')).toBe(59)
    await store.close()
  })
})

const FOLDER = '/datasets/old'
const powerCut = () => Object.assign(new Error('power cut'), { code: 'EPOWER' })

describe('a power cut at every step of the move', () => {
  it('leaves a dataset that opens with every record, in one layout or the other, and the next open finishes', async () => {
    const source = await copyOldSample()
    const expected = recordsOf(await DatasetStore.open(source, validators, { readOnly: true }))
    const probe = await SimulatedDisk.fromFolder(source, FOLDER)
    await DatasetStore.open(FOLDER, validators, { ...quiet, disk: probe })
    const steps = probe.operations
    expect(steps).toBeGreaterThan(20)
    const layouts = new Set<string>()
    const sample = await snapshotFolder(await copySample())
    const shardFiles = [...sample.keys()].filter((f) => f.includes('/')).sort()
    for (let cut = 0; cut <= steps; cut += 1) {
      const disk = await SimulatedDisk.fromFolder(source, FOLDER)
      disk.failWhen = () => (disk.operations >= cut ? powerCut() : undefined)
      await DatasetStore.open(FOLDER, validators, { ...quiet, disk }).catch(() => undefined)
      disk.powerCut()
      // What the cut left opens whole, read-only, and nothing is half old, half new.
      const left = await DatasetStore.open(FOLDER, validators, { disk, readOnly: true })
      expect(recordsOf(left), `read-only after a cut at ${cut}`).toEqual(expected)
      const manifest = JSON.parse(await disk.readFile(`${FOLDER}/dataset.json`)) as { layout?: unknown }
      layouts.add(manifest.layout ? 'sharded' : 'old')
      // The next open for writing (a new process: the cut one's lock is stale) finishes the move.
      const lock = { pid: 2 ** 22 + cut, alive: () => false }
      const reopened = await DatasetStore.open(FOLDER, validators, { ...quiet, disk, lock })
      expect(reopened.readOnlyReason, `cut at ${cut}`).toBeUndefined()
      expect(recordsOf(reopened), `cut at ${cut}`).toEqual(expected)
      await reopened.close()
      const files = disk.files().map((f) => f.slice(FOLDER.length + 1))
      expect(
        files.filter((f) => OLD_FILES.includes(f)),
        `cut at ${cut}`,
      ).toEqual([])
      expect(
        files.filter((f) => isTempFile(f)),
        `cut at ${cut}`,
      ).toEqual([])
      const shards = files.filter((f) => /^(sites|sources|properties|statements)\//.test(f))
      expect(shards.sort(), `cut at ${cut}`).toEqual(shardFiles)
    }
    expect([...layouts].sort()).toEqual(['old', 'sharded'])
  }, 300_000)

  it('opens read-only, saying why, when the disk fills during the move; the next open moves it', async () => {
    const source = await copyOldSample()
    const disk = await SimulatedDisk.fromFolder(source, FOLDER)
    let writes = 0
    disk.failWhen = (op, file) =>
      op === 'write' && file.includes('/sites/') && (writes += 1) > 10
        ? Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
        : undefined
    const store = await DatasetStore.open(FOLDER, validators, { ...quiet, disk })
    expect(store.readOnly).toBe(true)
    expect(store.readOnlyReason).toMatch(
      /could not be moved to the sharded layout \(ENOSPC\): opened read-only/,
    )
    expect(store.count('site')).toBe(59)
    expect(JSON.parse(await disk.readFile(`${FOLDER}/dataset.json`))).not.toHaveProperty('layout')
    await store.close()
    disk.failWhen = () => undefined
    const moved = await DatasetStore.open(FOLDER, validators, { ...quiet, disk })
    expect(moved.readOnly).toBe(false)
    expect(JSON.parse(await disk.readFile(`${FOLDER}/dataset.json`))).toHaveProperty('layout')
    await moved.close()
  })
})
