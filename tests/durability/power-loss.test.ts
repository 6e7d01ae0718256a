import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { DatasetStore, type StoreOptions } from '../../src/main/dataset/dataset-store'
import { isTempFile } from '../../src/main/dataset/fs/durable-write'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { SimulatedDisk } from '../support/simulated-disk'
import { SAMPLE_DIR } from '../support/temp-dataset'
import { shardOfId } from '../support/dataset-files'

const FOLDER = '/datasets/china'
const validators = createSchemaValidators()
const powerCut = () => Object.assign(new Error('power cut'), { code: 'EPOWER' })

async function openOn(disk: SimulatedDisk, extra: StoreOptions = {}) {
  // Compaction only when the test asks: each step of it is cut on purpose below.
  return DatasetStore.open(FOLDER, validators, { disk, compactAfterMs: 1e9, compactEvery: 1e9, ...extra })
}

function rename(store: DatasetStore, id: string, en: string) {
  const site = store.get('site', id) as Site
  return store.commit(`rename ${id}`, [
    { kind: 'site', id, before: site, after: { ...site, name: { ...site.name, en } } },
  ])
}

/** Runs `step` with the power cut after `cutAfter` disk operations; answers whether it completed. */
async function withCutAfter(disk: SimulatedDisk, cutAfter: number, step: () => Promise<unknown>) {
  const start = disk.operations
  disk.failWhen = () => (disk.operations - start >= cutAfter ? powerCut() : undefined)
  const completed = await step().then(
    () => true,
    () => false,
  )
  disk.powerCut()
  return completed
}

async function operationsOf(
  step: (store: DatasetStore) => Promise<unknown>,
  prepare?: (s: DatasetStore) => Promise<unknown>,
) {
  const disk = await SimulatedDisk.fromFolder(SAMPLE_DIR, FOLDER)
  const store = await openOn(disk)
  await prepare?.(store)
  const before = disk.operations
  await step(store)
  return disk.operations - before
}

describe('power cut at every step', () => {
  it('of a commit: reopens to every acknowledged edit, and the cut one wholly or not at all', async () => {
    const steps = await operationsOf(
      (s) => rename(s, 'whc-440', 'Cut'),
      (s) => rename(s, 'whc-438', 'Kept'),
    )
    expect(steps).toBeGreaterThan(1)
    for (let cut = 0; cut <= steps; cut += 1) {
      const disk = await SimulatedDisk.fromFolder(SAMPLE_DIR, FOLDER)
      const store = await openOn(disk)
      await rename(store, 'whc-438', 'Kept')
      const acknowledged = await withCutAfter(disk, cut, () => rename(store, 'whc-440', 'Cut'))
      const reopened = await openOn(disk)
      expect(reopened.get('site', 'whc-438')?.name.en, `cut after ${cut}`).toBe('Kept')
      const name = reopened.get('site', 'whc-440')?.name.en
      if (acknowledged) expect(name).toBe('Cut')
      else expect(['Mogao Caves', 'Cut']).toContain(name)
      expect(disk.files().filter(isTempFile)).toEqual([])
    }
  })

  it('of a compaction: nothing acknowledged is lost, and no temp file survives the reopen', async () => {
    const edits = async (s: DatasetStore) => {
      await rename(s, 'whc-438', 'One')
      await rename(s, 'whc-440', 'Two')
    }
    const steps = await operationsOf((s) => s.compact(), edits)
    expect(steps).toBeGreaterThan(5)
    for (let cut = 0; cut <= steps; cut += 1) {
      const disk = await SimulatedDisk.fromFolder(SAMPLE_DIR, FOLDER)
      const store = await openOn(disk)
      await edits(store)
      await withCutAfter(disk, cut, () => store.compact())
      const reopened = await openOn(disk)
      expect(
        [reopened.get('site', 'whc-438')?.name.en, reopened.get('site', 'whc-440')?.name.en],
        `cut ${cut}`,
      ).toEqual(['One', 'Two'])
      expect(disk.files().filter(isTempFile)).toEqual([])
    }
  })
})

describe('disk full and read-only', () => {
  for (const code of ['ENOSPC', 'EROFS']) {
    it(`${code} on a commit: a clear message, files and memory unchanged, and a retry works`, async () => {
      const disk = await SimulatedDisk.fromFolder(SAMPLE_DIR, FOLDER)
      const store = await openOn(disk)
      const before = new Map(
        await Promise.all(disk.files().map(async (f) => [f, await disk.readFile(f)] as const)),
      )
      disk.failWhen = (op) => (op === 'write' ? Object.assign(new Error(code), { code }) : undefined)
      const error = await rename(store, 'whc-440', 'Retried').catch((e: Error) => e)
      expect(error).toMatchObject({ code: 'IO' })
      expect((error as Error).message).toMatch(
        code === 'ENOSPC' ? /full: nothing was saved/ : /read-only disk/,
      )
      expect(store.get('site', 'whc-440')?.name.en).toBe('Mogao Caves')
      for (const file of [shardOfId('site', 'whc-440'), 'dataset.json']) {
        expect(await disk.readFile(`${FOLDER}/${file}`)).toBe(before.get(`${FOLDER}/${file}`))
      }
      disk.failWhen = () => undefined
      await rename(store, 'whc-440', 'Retried')
      disk.powerCut()
      const reopened = await openOn(disk)
      expect(reopened.get('site', 'whc-440')?.name.en).toBe('Retried')
      expect(reopened.history('site', 'whc-440')).toHaveLength(1)
    })
  }

  it('opens read-only, saying why, when the folder cannot be written', async () => {
    const disk = await SimulatedDisk.fromFolder(SAMPLE_DIR, FOLDER)
    disk.failWhen = (op) =>
      op === 'mkdir' ? Object.assign(new Error('EROFS'), { code: 'EROFS' }) : undefined
    const store = await openOn(disk)
    expect(store.readOnly).toBe(true)
    expect(store.readOnlyReason).toMatch(/EROFS/)
    await expect(rename(store, 'whc-440', 'x')).rejects.toMatchObject({ code: 'READ_ONLY' })
  })
})
