import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { copySample } from '../../../tests/support/temp-dataset'
import { shardOfId } from '../../../tests/support/dataset-files'
import { watchDatasetFolder } from './watch-files'

describe('watching a dataset folder for outside changes', () => {
  it('names the shard and the manifest that changed, and passes over temp files', async () => {
    const folder = await copySample()
    const hints: (string[] | undefined)[] = []
    const stop = watchDatasetFolder(folder, (files) => hints.push(files), 20)
    try {
      const mogao = shardOfId('site', 'whc-440')
      await writeFile(path.join(folder, `${mogao}.0badf00d.hc-tmp`), 'half')
      await writeFile(path.join(folder, mogao), `${await readFile(path.join(folder, mogao), 'utf8')}\n`)
      await vi.waitFor(() => expect(hints.flat()).toContain(mogao), { timeout: 5000 })
      await writeFile(path.join(folder, 'dataset.json'), await readFile(path.join(folder, 'dataset.json')))
      await vi.waitFor(() => expect(hints.flat()).toContain('dataset.json'), { timeout: 5000 })
      expect(hints.flat().filter((f) => f?.endsWith('.hc-tmp'))).toEqual([])
    } finally {
      stop()
    }
  })
})
