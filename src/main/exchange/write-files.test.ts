import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { tempDir } from '../../../tests/support/temp-dataset'
import { HashingThread } from './file-hashes'
import { CHUNK_BYTES } from './utf8-out'
import { FileSetWriter } from './write-files'

const LINE = 'Mogao Caves,莫高窟,"quoted, text"\r\n'

/** A folder for an export that does not exist yet, and the folder it will be made in. */
async function exportFolder() {
  const parent = await tempDir()
  return { parent, folder: path.join(parent, 'export') }
}

describe('FileSetWriter', () => {
  it.each([
    ['in main', false],
    ['in a thread of its own', true],
  ])(
    'streams a large file to disk as it is made, hashed %s; the folder appears at commit',
    async (_, thread) => {
      const { parent, folder } = await exportFolder()
      const hashing = thread ? new HashingThread() : undefined
      onTestFinished(() => hashing?.stop())
      const writer = await FileSetWriter.begin(folder, 2, {}, hashing)
      let onDiskWhileMaking = 0
      let lines = 0
      const written = await writer.file('big.csv', async (out, breathe) => {
        for (; out.size < 4 * CHUNK_BYTES; lines += 1) {
          out.text(LINE)
          if (out.takeDue()) await breathe()
        }
        await breathe()
        // The file is being written in the staging folder beside the export's.
        const [staging] = await readdir(parent)
        onDiskWhileMaking = (await stat(path.join(parent, staging as string, 'big.csv'))).size
      })
      expect(onDiskWhileMaking).toBeGreaterThanOrEqual(2 * CHUNK_BYTES)
      await writer.text('small.json', '{}\n')
      expect(await readdir(parent)).not.toContain('export')
      await writer.commit()
      expect(await readdir(parent)).toEqual(['export'])
      expect((await readdir(folder)).sort()).toEqual(['big.csv', 'small.json'])
      const bytes = await readFile(path.join(folder, 'big.csv'))
      expect(written).toEqual({
        path: 'big.csv',
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      })
      expect(bytes.toString('utf8')).toBe(LINE.repeat(lines))
      expect(writer.files.map((f) => f.path)).toEqual(['big.csv', 'small.json'])
    },
  )

  it('a failure halfway through a file leaves the folders as they were', async () => {
    const { parent, folder } = await exportFolder()
    const writer = await FileSetWriter.begin(folder, 2)
    await writer.text('first.json', '[]\n')
    await expect(
      writer.file('second.csv', async (out, breathe) => {
        for (let i = 0; i < 100_000; i += 1) {
          out.text(LINE)
          if (out.takeDue()) await breathe()
        }
        throw new Error('the records ran out')
      }),
    ).rejects.toThrow(/the records ran out/)
    expect(await readdir(parent)).toEqual([])
  })

  it('a cancel while a file is being made stops it and leaves nothing', async () => {
    const { parent, folder } = await exportFolder()
    const controller = new AbortController()
    const writer = await FileSetWriter.begin(folder, 1, { signal: controller.signal })
    await expect(
      writer.file('big.csv', async (out, breathe) => {
        for (let i = 0; i < 1_000_000; i += 1) {
          out.text(LINE)
          if (out.size > 2 * CHUNK_BYTES) controller.abort()
          if (out.takeDue()) await breathe()
        }
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(await readdir(parent)).toEqual([])
  })
})
