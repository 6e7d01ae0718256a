import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { copySample, snapshotFolder, tempDir } from '../support/temp-dataset'
import { editKind, readKind } from '../support/dataset-files'
import { cli } from './cli-support'
import { CSV_EXPORT_FILES, UNESCO_CSV } from './support'

describe('heritage-curator command', () => {
  it('--help exits 0; bad usage exits 2', async () => {
    const help = await cli('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/heritage-curator validate <dataset>/)
    expect((await cli('frobnicate')).code).toBe(2)
    expect((await cli('export', '/tmp')).code).toBe(2)
  }, 60_000)

  it('init makes a new, empty dataset in the sharded layout, which validates', async () => {
    const dataset = path.join(await tempDir(), 'register')
    const run = await cli('init', dataset, '--name', 'Register', '--languages', 'en,zh')
    expect(run.code).toBe(0)
    expect((await readdir(dataset)).filter((n) => n !== '.curator')).toEqual(['dataset.json'])
    expect(JSON.parse(await readFile(path.join(dataset, 'dataset.json'), 'utf8'))).toEqual({
      languages: ['en', 'zh'],
      layout: { key: 'sha1-hex2', shards: 256, version: 2 },
      name: 'Register',
      schemaVersion: 1,
    })
    expect((await cli('validate', dataset)).code).toBe(0)
  }, 60_000)

  it('imports the whole UNESCO 2024 list into a NEW dataset: 1,223 sites, quirks as warnings', async () => {
    const dataset = path.join(await tempDir(), 'world-heritage')
    const run = await cli('import', dataset, UNESCO_CSV, '--name', 'World Heritage List')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/1223 rows: 1223 new/)
    expect(run.stdout).toMatch(/line 816 whc-148 .*No state party code/)
    expect(run.stdout).toMatch(/line 1469 whc-1567 .*No coordinates/)
    expect(await readKind(dataset, 'site')).toHaveLength(1223)
    expect(JSON.parse(await readFile(path.join(dataset, 'dataset.json'), 'utf8'))).toMatchObject({
      name: 'World Heritage List',
    })
    const validate = await cli('validate', dataset)
    expect(validate.code).toBe(0)
    expect(validate.stdout).toMatch(/1223 sites/)
    const again = await cli('import', dataset, UNESCO_CSV)
    expect(again.stdout).toMatch(/1223 unchanged/)
  }, 60_000)

  it('validate exits 1 with a report when errors stand', async () => {
    const dataset = await copySample()
    await editKind(dataset, 'site', (sites) => {
      ;(sites[0] as { criteria: string[] }).criteria = []
    })
    const [first] = await readKind(dataset, 'site')
    const run = await cli('validate', dataset)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`site ${first?.id} /criteria`))
    const asJson = await cli('validate', dataset, '--json')
    expect(JSON.parse(asJson.stdout)).toMatchObject({ ok: false, errors: 1 })
  }, 60_000)

  it('exports a Data Package, and round-trips JSON into a new dataset', async () => {
    const dataset = await copySample()
    const out = path.join(await tempDir(), 'out')
    const dp = await cli('export', dataset, '--format', 'datapackage', '--out', out)
    expect(dp.code).toBe(0)
    expect((await readdir(out)).sort()).toEqual(['datapackage.json', ...CSV_EXPORT_FILES])
    const jsonOut = path.join(await tempDir(), 'json')
    expect((await cli('export', dataset, '--format', 'json', '--out', jsonOut)).code).toBe(0)
    const copy = path.join(await tempDir(), 'copy')
    const imported = await cli('import', copy, path.join(jsonOut, 'dataset.export.json'))
    expect(imported.code).toBe(0)
    // The same files, byte for byte: the manifest and every shard.
    const files = async (folder: string) =>
      new Map([...(await snapshotFolder(folder))].filter(([name]) => !name.startsWith('.curator')))
    expect(await files(copy)).toEqual(await files(dataset))
  }, 60_000)

  it('an unreadable file: a clear error, exit 2, and no dataset created', async () => {
    const dir = await tempDir()
    const bad = path.join(dir, 'bad.json')
    await writeFile(bad, '{ not json')
    const run = await cli('import', path.join(dir, 'new-dataset'), bad)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/bad\.json is not valid JSON/)
    expect(existsSync(path.join(dir, 'new-dataset'))).toBe(false)
  }, 60_000)
})
