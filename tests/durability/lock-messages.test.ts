import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { copySample, tempDir } from '../support/temp-dataset'

const validators = createSchemaValidators()
const DEAD_PID = 2 ** 22 + 12345

/** A copy of the sample whose `.curator/lock` is made by `plant`; answers the store as opened. */
async function openWithLock(plant: (lock: string) => Promise<void>) {
  const folder = await copySample()
  await mkdir(path.join(folder, '.curator'))
  const lock = path.join(folder, '.curator', 'lock')
  await plant(lock)
  const store = await DatasetStore.open(folder, validators)
  return { folder, lock, store }
}

const owner = (fields: Record<string, unknown>) =>
  JSON.stringify({ pid: DEAD_PID, host: os.hostname(), startedAt: '2026-01-01T00:00:00.000Z', ...fields })

describe('a lock the app cannot take over says what it is and how to clear it', () => {
  it('a lock that is a folder', async () => {
    const { store, lock } = await openWithLock((lock) => mkdir(lock))
    expect(store.readOnlyReason).toBe(
      '.curator/lock is a folder, not a lock file: opened read-only. If no Heritage Curator has this dataset open, delete .curator/lock in the dataset folder and open it again.',
    )
    expect(await readdir(lock)).toEqual([])
    await store.close()
  })

  it('a garbled lock is left alone, not taken over', async () => {
    const { store, lock } = await openWithLock((lock) => writeFile(lock, 'not a lock {'))
    expect(store.readOnlyReason).toMatch(
      /^\.curator\/lock is not a lock Heritage Curator wrote: opened read-only\./,
    )
    expect(await readFile(lock, 'utf8')).toBe('not a lock {')
    await store.close()
  })

  it('a lock with a date that does not parse never says "Invalid Date"', async () => {
    const { store } = await openWithLock((lock) =>
      writeFile(lock, owner({ pid: process.pid, startedAt: 'yesterday' })),
    )
    expect(store.readOnly).toBe(true)
    expect(store.readOnlyReason).not.toMatch(/Invalid Date/)
    await store.close()
  })

  it('a lock that is a symbolic link is not followed', async () => {
    const elsewhere = path.join(await tempDir(), 'lock')
    await writeFile(elsewhere, owner({}))
    const { store } = await openWithLock((lock) => symlink(elsewhere, lock))
    expect(store.readOnlyReason).toMatch(
      /^\.curator\/lock is a symbolic link, not a lock file: opened read-only\./,
    )
    expect(await readFile(elsewhere, 'utf8')).toBe(owner({}))
    await store.close()
  })

  it('a lock from another machine names it and says which file to delete after checking there', async () => {
    const { store } = await openWithLock((lock) => writeFile(lock, owner({ host: 'curator-laptop-2' })))
    expect(store.readOnlyReason).toMatch(
      /^Another Heritage Curator \(process \d+ on curator-laptop-2, since .+\) is writing this dataset: opened read-only\. A lock from another machine is never taken over: check on curator-laptop-2 that Heritage Curator no longer has this dataset open, then delete \.curator\/lock in the dataset folder and open it again\.$/,
    )
    await store.close()
  })

  it('a dead process’s lock is taken over, and what dead takers left is cleared', async () => {
    const { store, folder } = await openWithLock(async (lock) => {
      await writeFile(lock, owner({}))
      await writeFile(`${lock}.claim-${DEAD_PID}-abcdef`, owner({}))
      await writeFile(`${lock}.over-0123456789abcdef01234567`, owner({ nonce: 'x' }))
    })
    expect(store.readOnly).toBe(false)
    expect((await readdir(path.join(folder, '.curator'))).filter((n) => n.startsWith('lock'))).toEqual([
      'lock',
    ])
    await store.close()
  })
})
