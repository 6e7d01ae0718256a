import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { copySample, snapshotFolder, tempDir } from '../../../tests/support/temp-dataset'
import { shardFilesOf, shardOfId } from '../../../tests/support/dataset-files'
import { createSchemaValidators } from '../validation/ajv'
import { DatasetStore } from './dataset-store'
import type { CuratorError } from './errors'

const validators = createSchemaValidators()
/** The shard that holds Mogao Caves, whc-440. */
const MOGAO = shardOfId('site', 'whc-440')

async function openError(folder: string): Promise<CuratorError> {
  return DatasetStore.open(folder, validators).then(
    () => {
      throw new Error('expected the dataset to be refused')
    },
    (error: CuratorError) => error,
  )
}

describe('opening a dataset folder', () => {
  it('opens the sample with every kind of record', async () => {
    const store = await DatasetStore.open(await copySample(), validators)
    expect(store.count('site')).toBe(59)
    expect(store.count('source')).toBeGreaterThanOrEqual(2)
    expect(store.count('statement')).toBeGreaterThanOrEqual(6)
    expect(store.manifest.languages).toEqual(['en', 'zh'])
  })

  it('says plainly when the folder is not a dataset', async () => {
    const error = await openError(await tempDir())
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toMatch(/dataset\.json was not found/)
  })

  const damaged: [string, string | Buffer, string][] = [
    ['empty', '', 'is empty'],
    ['truncated', '{"records": [{"id": "whc-1"', 'is not valid JSON'],
    ['NUL-filled', Buffer.alloc(64), 'is not valid JSON'],
    ['null', 'null', 'must be an object with a "records" array'],
    ['an array', '[]', 'must be an object with a "records" array'],
  ]
  for (const [what, bytes, problem] of damaged) {
    it(`refuses a ${what} shard, names it, and leaves every byte as it was`, async () => {
      const folder = await copySample()
      await writeFile(path.join(folder, MOGAO), bytes)
      const before = await snapshotFolder(folder)
      const error = await openError(folder)
      expect(error.code).toBe('VALIDATION')
      expect(error.message).toContain(`${MOGAO} ${problem}`)
      expect(await snapshotFolder(folder)).toEqual(before)
    })
  }

  it('refuses a shard nested deeper than the limit, saying so', async () => {
    const folder = await copySample()
    const deep = `{"records": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    await writeFile(path.join(folder, MOGAO), deep)
    const error = await openError(folder)
    expect(error.message).toBe(
      `${MOGAO} is nested deeper than 64 levels, more than any dataset record needs.`,
    )
    expect(error.issues[0]).toMatchObject({ file: MOGAO, rule: 'file.depth' })
  })

  it('refuses a shard larger than the limit, and leaves it as it was', async () => {
    const folder = await copySample()
    const [statements] = await shardFilesOf(folder, 'statement')
    const before = await snapshotFolder(folder)
    const open = DatasetStore.open(folder, validators, { maxFileBytes: 4_000 })
    await expect(open).rejects.toMatchObject({
      code: 'IO',
      // The first statement shard (the sample's Mount Taishan statements since they came) is over the limit.
      message: expect.stringMatching(
        new RegExp(`^${statements} is 0\\.\\d{4} MB, larger than the 0\\.004 MB limit\\.$`),
      ),
    })
    expect(await snapshotFolder(folder)).toEqual(before)
  })

  it('reads a shard that starts with a byte-order mark', async () => {
    const folder = await copySample()
    const [sources] = await shardFilesOf(folder, 'source')
    const file = path.join(folder, sources as string)
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`)
    expect((await DatasetStore.open(folder, validators)).count('source')).toBeGreaterThan(0)
  })

  it('names the shard, the record and the rule of a record that fails its schema', async () => {
    const folder = await copySample()
    const file = path.join(folder, MOGAO)
    const data = JSON.parse(await readFile(file, 'utf8')) as { records: Site[] }
    const site = data.records.find((s) => s.id === 'whc-440') as Site
    site.criteria = ['i', 'ix']
    await writeFile(file, JSON.stringify(data))
    const before = await snapshotFolder(folder)
    const error = await openError(folder)
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: MOGAO,
        record: { kind: 'site', id: 'whc-440' },
        path: '/criteria/1',
        rule: 'site.criteria-match-category',
        message: `${MOGAO}, record “whc-440”: Criterion (ix) is a natural criterion; a cultural site takes (i) to (vi).`,
      }),
    ])
    expect(await snapshotFolder(folder)).toEqual(before)
  })

  it("refuses references to sources that are not there, naming the statement's shard", async () => {
    const folder = await copySample()
    const source = shardOfId('source', 'xinhua-2024-06-12')
    const data = JSON.parse(await readFile(path.join(folder, source), 'utf8')) as {
      records: { id: string }[]
    }
    const others = data.records.filter((s) => s.id !== 'xinhua-2024-06-12')
    await writeFile(path.join(folder, source), JSON.stringify({ records: others }))
    const error = await openError(folder)
    // The shard of the statements that cite the article (the List's citations are in other shards).
    const shards = await shardFilesOf(folder, 'statement')
    const citing = []
    for (const shard of shards)
      if ((await readFile(path.join(folder, shard), 'utf8')).includes('xinhua-2024-06-12')) citing.push(shard)
    expect(citing).toHaveLength(1)
    expect(error.issues[0]).toMatchObject({ file: citing[0], rule: 'integrity.source-exists' })
  })
})

describe('writing records', () => {
  it('rewrites only the changed shard, sorted by id with stable keys, so git shows a small diff', async () => {
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators)
    const before = await snapshotFolder(folder)
    const site = store.get('site', 'whc-440') as Site
    const renamed = { ...site, name: { zh: '莫高窟', en: 'Mogao Grottoes' } }
    await store.commit('rename', [{ kind: 'site', id: site.id, before: site, after: renamed }])
    await store.compact()
    const after = await snapshotFolder(folder)
    const dataset = (files: Map<string, string>) => [...files.keys()].filter((f) => !f.startsWith('.curator'))
    expect(dataset(after)).toEqual(dataset(before))
    const rewritten = dataset(after).filter((file) => after.get(file) !== before.get(file))
    expect(rewritten).toEqual([MOGAO])
    const oldText = Buffer.from(before.get(MOGAO) ?? '', 'base64')
      .toString('utf8')
      .split('\n')
    const newText = (await readFile(path.join(folder, MOGAO), 'utf8')).split('\n')
    const changed = newText.filter((line, i) => line !== oldText[i])
    expect(changed).toEqual(['        "en": "Mogao Grottoes",'])
  })

  it('keeps writes in order when saves overlap', async () => {
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators)
    const site = store.get('site', 'whc-440') as Site
    await Promise.all(
      ['A', 'B', 'C'].map((suffix) =>
        store.commit('rename', [
          { kind: 'site', id: site.id, before: site, after: { ...site, name: { en: `Mogao ${suffix}` } } },
        ]),
      ),
    )
    await store.close()
    const reopened = await DatasetStore.open(folder, validators)
    expect(reopened.get('site', 'whc-440')?.name.en).toBe('Mogao C')
    await reopened.close()
  })
})
