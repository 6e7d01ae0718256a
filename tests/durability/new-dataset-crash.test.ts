import { spawnSync } from 'node:child_process'
import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '@shared/domain'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { writeNewDataset } from '../../src/main/dataset/write-new-dataset'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { SimulatedDisk } from '../support/simulated-disk'
import { copySample, snapshotFolder, tempDir } from '../support/temp-dataset'

const validators = createSchemaValidators()
const manifest: Manifest = { name: 'New', schemaVersion: 1, languages: ['en'] }
const empty = { site: [], source: [], property: [], statement: [] }
const powerCut = () => Object.assign(new Error('power cut'), { code: 'EPOWER' })

describe('a new dataset is created whole or not at all', () => {
  it('after a crash at any step, the folder is a whole dataset, or absent or empty so that init can run again', async () => {
    const target = '/work/datasets/new'
    const probe = new SimulatedDisk()
    await probe.mkdir('/work/datasets')
    const start = probe.operations
    await writeNewDataset(probe, target, manifest, empty)
    const steps = probe.operations - start
    expect(steps).toBeGreaterThan(5)
    for (let cut = 0; cut < steps; cut += 1) {
      const disk = new SimulatedDisk()
      await disk.mkdir('/work/datasets')
      await disk.syncFolder('/work')
      const begin = disk.operations
      disk.failWhen = () => (disk.operations - begin >= cut ? powerCut() : undefined)
      await writeNewDataset(disk, target, manifest, empty).catch(() => undefined)
      disk.powerCut()
      const left = await disk.readdir(target).catch(() => [] as string[])
      if (left.length === 0) {
        await writeNewDataset(disk, target, manifest, empty) // init runs again
      } else {
        const store = await DatasetStore.open(target, validators, { disk, readOnly: true })
        expect(store.manifest.name, `cut after ${cut}`).toBe('New')
      }
    }
  })
})

describe('nothing on disk changes when an open writes nothing', () => {
  it('a dataset opened for writing and closed without an edit gets no .curator', async () => {
    const folder = await copySample()
    const before = await snapshotFolder(folder)
    const store = await DatasetStore.open(folder, validators)
    expect(store.readOnly).toBe(false)
    await store.close()
    expect(await readdir(folder)).not.toContain('.curator')
    expect(await snapshotFolder(folder)).toEqual(before)
  })

  it('a refused command-line import leaves the dataset folder exactly as it was', async () => {
    const folder = await copySample()
    const file = path.join(await tempDir(), 'unknown.csv')
    await writeFile(file, 'not,a,known,layout\n1,2,3,4\n')
    const before = await snapshotFolder(folder)
    const bin = path.resolve(import.meta.dirname, '../../bin/heritage-curator.mjs')
    const run = spawnSync(process.execPath, [bin, 'import', folder, file], { encoding: 'utf8' })
    expect(run.status).not.toBe(0)
    expect(await readdir(folder)).not.toContain('.curator')
    expect(await snapshotFolder(folder)).toEqual(before)
  }, 60_000)
})
