import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site } from '../../shared/domain'
import { copySample, snapshotFolder, tempDir } from '../../../tests/support/temp-dataset'
import { createSchemaValidators } from '../validation/ajv'
import { DatasetStore } from './dataset-store'
import type { CuratorError } from './errors'

const validators = createSchemaValidators()

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

  const damaged: [string, string | Buffer, RegExp][] = [
    ['empty', '', /sites\.json is empty/],
    ['truncated', '{"records": [{"id": "whc-1"', /sites\.json is not valid JSON/],
    ['NUL-filled', Buffer.alloc(64), /sites\.json is not valid JSON/],
    ['null', 'null', /sites\.json must be an object with a "records" array/],
    ['an array', '[]', /sites\.json must be an object with a "records" array/],
  ]
  for (const [what, bytes, message] of damaged) {
    it(`refuses a ${what} file, names it, and leaves every byte as it was`, async () => {
      const folder = await copySample()
      await writeFile(path.join(folder, 'sites.json'), bytes)
      const before = await snapshotFolder(folder)
      const error = await openError(folder)
      expect(error.code).toBe('VALIDATION')
      expect(error.message).toMatch(message)
      expect(await snapshotFolder(folder)).toEqual(before)
    })
  }

  it('refuses a file nested deeper than the limit, saying so', async () => {
    const folder = await copySample()
    const deep = `{"records": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    await writeFile(path.join(folder, 'sites.json'), deep)
    const error = await openError(folder)
    expect(error.message).toBe(
      'sites.json is nested deeper than 64 levels, more than any dataset record needs.',
    )
    expect(error.issues[0]).toMatchObject({ file: 'sites.json', rule: 'file.depth' })
  })

  it('refuses a file larger than the limit, and leaves it as it was', async () => {
    const folder = await copySample()
    const before = await snapshotFolder(folder)
    const open = DatasetStore.open(folder, validators, { maxFileBytes: 20_000 })
    await expect(open).rejects.toMatchObject({
      code: 'IO',
      message: 'sites.json is 0.042 MB, larger than the 0.02 MB limit.',
    })
    expect(await snapshotFolder(folder)).toEqual(before)
  })

  it('reads a file that starts with a byte-order mark', async () => {
    const folder = await copySample()
    const file = path.join(folder, 'sources.json')
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`)
    expect((await DatasetStore.open(folder, validators)).count('source')).toBeGreaterThan(0)
  })

  it('names the file, the record and the rule of a record that fails its schema', async () => {
    const folder = await copySample()
    const file = path.join(folder, 'sites.json')
    const data = JSON.parse(await readFile(file, 'utf8')) as { records: Site[] }
    const site = data.records.find((s) => s.id === 'whc-440') as Site
    site.criteria = ['i', 'ix']
    await writeFile(file, JSON.stringify(data))
    const before = await snapshotFolder(folder)
    const error = await openError(folder)
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: 'sites.json',
        record: { kind: 'site', id: 'whc-440' },
        path: '/criteria/1',
        rule: 'site.criteria-match-category',
        message:
          'sites.json, record “whc-440”: Criterion (ix) is a natural criterion; a cultural site takes (i) to (vi).',
      }),
    ])
    expect(await snapshotFolder(folder)).toEqual(before)
  })

  it('refuses duplicate ids and references to sources that are not there', async () => {
    const folder = await copySample()
    const file = path.join(folder, 'sources.json')
    const data = JSON.parse(await readFile(file, 'utf8')) as { records: { id: string }[] }
    await writeFile(
      file,
      JSON.stringify({ records: data.records.filter((s) => s.id !== 'xinhua-2024-06-12') }),
    )
    const error = await openError(folder)
    expect(error.issues[0]).toMatchObject({ file: 'statements.json', rule: 'integrity.source-exists' })

    const sites = path.join(folder, 'sites.json')
    const siteData = JSON.parse(await readFile(sites, 'utf8')) as { records: Site[] }
    siteData.records.push(siteData.records[0] as Site)
    await writeFile(sites, JSON.stringify(siteData))
    expect((await openError(folder)).issues.map((i) => i.rule)).toContain('integrity.unique-id')
  })
})

describe('writing records', () => {
  it('rewrites only the changed kind, sorted by id with stable keys, so git shows a small diff', async () => {
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators)
    const before = await snapshotFolder(folder)
    const site = store.get('site', 'whc-440') as Site
    const renamed = { ...site, name: { zh: '莫高窟', en: 'Mogao Grottoes' } }
    await store.commit('rename', [{ kind: 'site', id: site.id, before: site, after: renamed }])
    await store.compact()
    const after = await snapshotFolder(folder)
    for (const file of ['dataset.json', 'sources.json', 'properties.json', 'statements.json']) {
      expect(after.get(file)).toBe(before.get(file))
    }
    const oldText = Buffer.from(before.get('sites.json') ?? '', 'base64')
      .toString('utf8')
      .split('\n')
    const newText = (await readFile(path.join(folder, 'sites.json'), 'utf8')).split('\n')
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
