import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { shardOfId } from '../support/dataset-files'
import { copySample, snapshotFolder } from '../support/temp-dataset'

const validators = createSchemaValidators()
/** The shard that holds Mogao Caves. */
const MOGAO = shardOfId('site', 'whc-440')

/** The file with one byte replaced by 0xFF (never valid in UTF-8) at the first `marker`. */
async function withInvalidByte(folder: string, file: string, marker: string, reformat = false) {
  const full = path.join(folder, file)
  let text = await readFile(full, 'utf8')
  if (reformat) text = JSON.stringify(JSON.parse(text)) // not the canonical layout: read whole
  const bytes = Buffer.from(text)
  const offset = bytes.indexOf(marker) + 1
  bytes[offset] = 0xff
  await writeFile(full, bytes)
  return offset
}

describe('dataset files are UTF-8, strictly', () => {
  const cases: [string, string, string, boolean][] = [
    ['a shard in the canonical layout (read in chunks)', MOGAO, 'Mogao', false],
    ['a shard in another layout (read whole)', MOGAO, 'Mogao', true],
    ['the manifest', 'dataset.json', '"name"', false],
  ]
  for (const [what, file, marker, reformat] of cases) {
    it(`refuses an invalid byte in ${what}, naming the file and the byte offset, and changes nothing`, async () => {
      const folder = await copySample()
      const offset = await withInvalidByte(folder, file, marker, reformat)
      const before = await snapshotFolder(folder)
      await expect(DatasetStore.open(folder, validators)).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringContaining(`${file} is not valid UTF-8: byte ${offset} `),
        issues: [{ file, rule: 'file.encoding' }],
      })
      expect(await snapshotFolder(folder)).toEqual(before)
    })
  }
})
