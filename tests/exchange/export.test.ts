import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { toCanonicalJson } from '../../src/main/dataset/canonical-json'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { validateExportDocument } from '../../src/main/exchange/export-schema'
import { readCsv } from '../../src/main/exchange/import/read-csv'
import { copySample, tempDir } from '../support/temp-dataset'
import { clock, closeStores, openStore, validators } from './support'

afterEach(closeStores)

async function sampleInput() {
  const folder = await copySample()
  const store = await openStore(folder)
  return { manifest: store.manifest, records: store.snapshot(), validators, clock, datasetFolder: folder }
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('export', () => {
  it('JSON: the document written record by record is JSON.stringify of the canonical document', async () => {
    const out = await tempDir()
    const input = await sampleInput()
    await exportDataset(input, { format: 'json', folder: out })
    const text = await readFile(path.join(out, 'dataset.export.json'), 'utf8')
    // What the export wrote when it built the whole document as one object and one string.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    const doc = {
      manifest: (JSON.parse(text) as { manifest: unknown }).manifest,
      sites: [...input.records.site].sort(byId),
      sources: [...input.records.source].sort(byId),
      properties: [...input.records.property].sort(byId),
      statements: [...input.records.statement].sort(byId),
    }
    const body = JSON.parse(toCanonicalJson(doc)) as typeof doc
    const ordered = {
      manifest: body.manifest,
      sites: body.sites,
      sources: body.sources,
      properties: body.properties,
      statements: body.statements,
    }
    expect(text).toBe(`${JSON.stringify(ordered, null, 2)}\n`)
    const empty = await tempDir()
    await exportDataset(
      { ...input, records: { site: [], source: [], property: [], statement: [] } },
      { format: 'json', folder: empty },
    )
    const none = await readFile(path.join(empty, 'dataset.export.json'), 'utf8')
    expect(none).toMatch(/"sites": \[\],\n {2}"sources": \[\],/)
    expect(none.endsWith('"statements": []\n}\n')).toBe(true)
  })

  it('JSON over many buffers, records in any key order: the canonical bytes in every file', async () => {
    const input = await sampleInput()
    // 3,000 sites (over two megabytes: several buffers), every other one with its keys in reverse order.
    input.records.site = Array.from({ length: 3000 }, (_, i) => {
      const { unescoId: _id, ...base } = input.records.site[i % input.records.site.length] as Site
      const site = {
        ...base,
        id: `bulk-${String(i).padStart(5, '0')}`,
        description: { en: `Copy ${i} “${i}”` },
      }
      return i % 2 ? site : (Object.fromEntries(Object.entries(site).reverse()) as Site)
    })
    // The sample's statements about its own sites would point at sites no longer there.
    input.records.statement = input.records.statement.filter((s) => s.subject.kind !== 'site')
    const out = await tempDir()
    await exportDataset(input, { format: 'json', folder: out, perKind: true, jsonLines: true })
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    const text = await readFile(path.join(out, 'dataset.export.json'), 'utf8')
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024)
    const kinds = {
      sites: 'site',
      sources: 'source',
      properties: 'property',
      statements: 'statement',
    } as const
    const document: Record<string, unknown> = {
      manifest: (JSON.parse(text) as { manifest: unknown }).manifest,
    }
    for (const [array, kind] of Object.entries(kinds)) {
      const sorted = [...input.records[kind]].sort(byId)
      document[array] = JSON.parse(toCanonicalJson(sorted))
      expect(await readFile(path.join(out, `${array}.json`), 'utf8')).toBe(toCanonicalJson(sorted))
      const lines = sorted.map((r) => `${JSON.stringify(JSON.parse(toCanonicalJson(r)))}\n`).join('')
      expect(await readFile(path.join(out, `${array}.jsonl`), 'utf8')).toBe(lines)
    }
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`)
  })

  it('JSON: one document valid against schemas/export.schema.json, with report and manifest hashes', async () => {
    const out = await tempDir()
    const result = await exportDataset(await sampleInput(), {
      format: 'json',
      folder: out,
      perKind: true,
      jsonLines: true,
    })
    const doc = JSON.parse(await readFile(path.join(out, 'dataset.export.json'), 'utf8'))
    expect(validateExportDocument(doc)).toEqual([])
    expect(doc.manifest).toMatchObject({
      format: 'heritage-curator-export',
      dataset: { name: "China's World Heritage" },
      schemaVersion: 1,
      exportedAt: clock().toISOString(),
      counts: { site: 59, source: 2, property: 11, statement: 23 },
      validation: { errors: 0 },
    })
    expect((await readdir(out)).sort()).toEqual(
      [
        'dataset.export.json',
        'manifest.json',
        'properties.json',
        'properties.jsonl',
        'report.json',
        'sites.json',
        'sites.jsonl',
        'sources.json',
        'sources.jsonl',
        'statements.json',
        'statements.jsonl',
      ].sort(),
    )
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest.files).toHaveLength(10)
    for (const file of manifest.files) {
      const bytes = await readFile(path.join(out, file.path))
      expect(sha(bytes)).toBe(file.sha256)
      expect(bytes.length).toBe(file.bytes)
    }
    expect(result.files.map((f) => f.path)).toContain('manifest.json')
    const lines = (await readFile(path.join(out, 'sites.jsonl'), 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(59)
    expect(JSON.parse(lines[0] ?? '')).toHaveProperty('id')
  })

  it('CSV: RFC 4180 with CRLF, a column per language, lists joined by “;”, an optional BOM', async () => {
    const out = await tempDir()
    await exportDataset(await sampleInput(), { format: 'csv', folder: out, bom: true })
    const bytes = await readFile(path.join(out, 'sites.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.split('\r\n')[0]).toMatch(
      /^\uFEFFid,unescoId,wikidataId,name_en,name_zh,statesParties,regions,category,criteria,/,
    )
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/)
    const table = readCsv(text)
    const silk = table.rows.find((r) => r[0] === 'whc-1442')
    const col = (name: string) => table.headers.indexOf(name)
    expect(silk?.[col('statesParties')]).toBe('CN;KG;KZ')
    expect(silk?.[col('name_zh')]).toBe('')
    expect(table.rows.find((r) => r[0] === 'whc-1001')?.[col('name_zh')]).toBe('青城山—都江堰')
    const statements = readCsv(await readFile(path.join(out, 'statements.csv'), 'utf8'))
    const s = statements.rows[0] ?? []
    const sc = (name: string) => s[statements.headers.indexOf(name)]
    expect(sc('subject_country')).toBe('CN')
    expect(sc('sources')).toBe('xinhua-2024-06-12')
    expect(sc('qualifiers')).toBe('point-in-time=2024-06-11')
    expect(sc('quotes')).toMatch(/^China twice hosted/)
    const refs = readCsv(await readFile(path.join(out, 'statement_references.csv'), 'utf8'))
    expect(refs.headers).toEqual([
      'statement',
      'position',
      'source',
      'locator_label',
      'locator_value',
      'quote',
    ])
    expect(refs.rows).toHaveLength(23)
  })

  it('refuses to write into the dataset folder', async () => {
    const input = await sampleInput()
    await expect(
      exportDataset(input, { format: 'csv', folder: path.join(input.datasetFolder, 'exports') }),
    ).rejects.toThrow(/inside the dataset folder/)
  })

  it('a cancel leaves no file behind', async () => {
    const out = await tempDir()
    const controller = new AbortController()
    const promise = exportDataset(
      await sampleInput(),
      { format: 'datapackage', folder: out },
      {
        signal: controller.signal,
        onProgress: (done, total) => (done > total / 2 ? controller.abort() : undefined),
      },
    )
    await expect(promise).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(await readdir(out)).toEqual([])
  })

  it('all or nothing: VALIDATION and no file while an error stands', async () => {
    const out = await tempDir()
    const input = await sampleInput()
    input.records.site[0] = { ...input.records.site[0]!, criteria: [] }
    await expect(
      exportDataset(input, { format: 'json', folder: out, allOrNothing: true }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    })
    expect(await readdir(out)).toEqual([])
    await exportDataset(input, { format: 'json', folder: out })
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8'))
    expect(report.excluded).toEqual([
      expect.objectContaining({
        kind: 'site',
        id: input.records.site[0]?.id,
        reasons: [expect.objectContaining({ path: '/criteria' })],
      }),
    ])
  })
})
