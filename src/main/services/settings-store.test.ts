import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SAMPLE_DIR, snapshotFolder, tempDir } from '../../../tests/support/temp-dataset'
import { shardOfId } from '../../../tests/support/dataset-files'
import {
  clearRecentDatasets,
  recentDatasets,
  rememberDataset,
  resolveStartDataset,
  withRecent,
} from './settings-store'

describe('the dataset the app starts on', () => {
  it('is a copy of the bundled sample in the user data folder at first start', async () => {
    const userData = await tempDir()
    const folder = await resolveStartDataset(userData, SAMPLE_DIR)
    expect(folder).toBe(path.join(userData, 'datasets', 'china-world-heritage'))
    expect(await snapshotFolder(folder)).toEqual(await snapshotFolder(SAMPLE_DIR))
  })

  it('keeps the curator’s edits to that copy across restarts', async () => {
    const userData = await tempDir()
    const folder = await resolveStartDataset(userData, SAMPLE_DIR)
    const shard = path.join(folder, shardOfId('site', 'whc-440'))
    await writeFile(shard, '{"records": []}\n')
    expect(await resolveStartDataset(userData, SAMPLE_DIR)).toBe(folder)
    expect(await readFile(shard, 'utf8')).toBe('{"records": []}\n')
  })

  it('reopens the last dataset, and falls back to the sample when it has gone', async () => {
    const userData = await tempDir()
    const elsewhere = await tempDir()
    await rememberDataset(userData, elsewhere)
    expect(await resolveStartDataset(userData, SAMPLE_DIR)).toBe(elsewhere)
    await rm(elsewhere, { recursive: true })
    expect(await resolveStartDataset(userData, SAMPLE_DIR)).toBe(
      path.join(userData, 'datasets', 'china-world-heritage'),
    )
  })
})

describe('the recent datasets (File › Open Recent)', () => {
  it('lists the datasets opened, newest first, each once', async () => {
    const userData = await tempDir()
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()]
    for (const folder of [a, b, c, a]) await rememberDataset(userData, folder)
    expect(await recentDatasets(userData)).toEqual([a, c, b])
  })

  it('keeps the last ten', async () => {
    const userData = await tempDir()
    const folders = await Promise.all(Array.from({ length: 12 }, () => tempDir()))
    for (const folder of folders) await rememberDataset(userData, folder)
    expect(await recentDatasets(userData)).toEqual(folders.slice(2).reverse())
    expect(withRecent(folders.slice(0, 10), 'new')).toHaveLength(10)
  })

  it('leaves out folders that have gone, and forgets them all on Clear Recent', async () => {
    const userData = await tempDir()
    const [kept, gone] = [await tempDir(), await tempDir()]
    await rememberDataset(userData, kept)
    await rememberDataset(userData, gone)
    await rm(gone, { recursive: true })
    expect(await recentDatasets(userData)).toEqual([kept])
    await clearRecentDatasets(userData)
    expect(await recentDatasets(userData)).toEqual([])
    expect(await resolveStartDataset(userData, SAMPLE_DIR)).toBe(
      path.join(userData, 'datasets', 'china-world-heritage'),
    )
  })

  it('does not list the empty folder that means “forget the last dataset”', async () => {
    const userData = await tempDir()
    const folder = await tempDir()
    await rememberDataset(userData, folder)
    await rememberDataset(userData, '')
    expect(await recentDatasets(userData)).toEqual([folder])
  })
})
