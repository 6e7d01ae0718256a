import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SAMPLE_DIR, snapshotFolder, tempDir } from '../../../tests/support/temp-dataset'
import { rememberDataset, resolveStartDataset } from './start-dataset'

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
    await writeFile(path.join(folder, 'sites.json'), '{"records": []}\n')
    expect(await resolveStartDataset(userData, SAMPLE_DIR)).toBe(folder)
    expect(await readFile(path.join(folder, 'sites.json'), 'utf8')).toBe('{"records": []}\n')
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
