/**
 * Builds the sample into a temp folder and checks it: against the schemas, against the facts of
 * the fixtures and the article, and byte for byte against the committed data/.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Manifest, Property, Site, Source, Statement } from '@shared/domain'
import { MANIFEST_FILE } from '../src/main/dataset/layout'
import { KIND_FOLDERS, SHARDED_LAYOUT } from '../src/main/dataset/shards'
import { shardFileOfRecord } from '../src/main/dataset/shard-files'
import type { RecordKind } from '@shared/result'
import { buildSample } from './build-sample'
import { htmlToPlainText } from '../src/main/exchange/import/html'
import { DATA_DIR, PROJECT_ROOT, WHC_SITES_CSV, XINHUA_ARTICLE } from './sample/paths'

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schemas')
const SCHEMA_BASE = 'https://heritage-curator.app/schemas/'

let outDir: string
let FILES: string[]
const read = async <T>(file: string): Promise<T> =>
  JSON.parse(await readFile(path.join(outDir, file), 'utf8')) as T
/** Every file below a folder, by its path in it with `/`. */
const filesIn = async (folder: string) =>
  (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
/** A kind's records from its shards, each checked to sit in its own shard. */
const records = async <T>(kind: RecordKind): Promise<T[]> => {
  const all: T[] = []
  for (const file of FILES.filter((f) => f.startsWith(`${KIND_FOLDERS[kind]}/`))) {
    const shard = (await read<{ records: T[] }>(file)).records
    for (const record of shard) expect(shardFileOfRecord(kind, record)).toBe(file)
    all.push(...shard)
  }
  return all
}

let sites: Site[]
let sources: Source[]
let properties: Property[]
let statements: Statement[]

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'heritage-sample-'))
  await buildSample(outDir)
  FILES = await filesIn(outDir)
  sites = await records<Site>('site')
  sources = await records<Source>('source')
  properties = await records<Property>('property')
  statements = await records<Statement>('statement')
})

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
})

describe('build-sample', () => {
  it('is byte-identical to the committed data/ and to a second build', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'heritage-sample-'))
    try {
      await buildSample(again)
      expect(await filesIn(again)).toEqual(FILES)
      expect(await filesIn(DATA_DIR), 'data/ holds other files than a build').toEqual(FILES)
      for (const file of FILES) {
        const built = await readFile(path.join(outDir, file), 'utf8')
        expect(await readFile(path.join(again, file), 'utf8'), file).toBe(built)
        expect(await readFile(path.join(DATA_DIR, file), 'utf8'), `data/${file} is stale`).toBe(built)
      }
    } finally {
      await rm(again, { recursive: true, force: true })
    }
  })

  it('is in the sharded layout, every kind in shards', async () => {
    expect((await read<{ layout: unknown }>(MANIFEST_FILE)).layout).toEqual(SHARDED_LAYOUT)
    for (const folder of Object.values(KIND_FOLDERS))
      expect(
        FILES.some((f) => f.startsWith(`${folder}/`)),
        folder,
      ).toBe(true)
    expect(FILES.filter((f) => !f.includes('/'))).toEqual([MANIFEST_FILE])
  })

  it('validates every record against its schema', async () => {
    // The options of the app's validator (src/main/validation/ajv.ts): the statement schema tags its
    // unions with `discriminator`, and source's `anyOf: [{ required: [family] }, { required: [literal] }]`
    // is idiomatic JSON Schema that strictRequired would reject.
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, discriminator: true })
    addFormats(ajv)
    for (const file of await readdir(SCHEMA_DIR)) {
      ajv.addSchema(JSON.parse(await readFile(path.join(SCHEMA_DIR, file), 'utf8')) as object)
    }
    const check = (schema: string, value: unknown, label: string) => {
      const validate = ajv.getSchema(SCHEMA_BASE + schema)
      if (!validate) throw new Error(`schema ${schema} not loaded`)
      expect(validate(value) ? [] : validate.errors, label).toEqual([])
    }
    check('manifest.schema.json', await read<Manifest>(MANIFEST_FILE), MANIFEST_FILE)
    for (const site of sites) check('site.schema.json', site, site.id)
    for (const source of sources) check('source.schema.json', source, source.id)
    for (const property of properties) check('property.schema.json', property, property.id)
    for (const statement of statements) check('statement.schema.json', statement, statement.id)
  })

  it("holds China's 59 sites, 57 of them inscribed by 2023", () => {
    expect(sites).toHaveLength(59)
    expect(
      sites.filter((site) => site.yearInscribed !== undefined && site.yearInscribed <= 2023),
    ).toHaveLength(57)
    expect(sites.every((site) => site.statesParties.includes('CN'))).toBe(true)
  })

  it('leaves out the Chinese names the fixture lacks, and only those', () => {
    const withoutZh = sites.filter((site) => !site.name.zh).map((site) => site.id)
    expect(withoutZh.sort()).toEqual(['whc-1111', 'whc-1414', 'whc-1442', 'whc-1443', 'whc-1540', 'whc-1541'])
    expect(sites.every((site) => site.name.en && site.name.en === site.name.en.trim())).toBe(true)
  })

  it('maps the quirks of the export', () => {
    const byId = new Map(sites.map((site) => [site.id, site]))
    expect(byId.get('whc-1113')?.name.en).toBe('Fujian Tulou')
    expect(byId.get('whc-707')?.extensionYears).toEqual([2000, 2001])
    expect(byId.get('whc-437')?.criteria).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'])
    expect(byId.get('whc-1083')?.areaHectares).toBeUndefined()
    expect(sites.some((site) => site.description)).toBe(false)
  })

  it('gives every transboundary site more than one state party', () => {
    const transboundary = sites.filter((site) => site.transboundary)
    expect(transboundary.map((site) => site.id)).toEqual(['whc-1442'])
    for (const site of transboundary) expect(site.statesParties.length, site.id).toBeGreaterThan(1)
  })

  it("ships none of UNESCO's description or justification texts", async () => {
    const rows = parse(await readFile(WHC_SITES_CSV), { columns: true }) as Record<string, string>[]
    const texts = rows
      .filter((row) => sites.some((site) => site.unescoId === Number(row.id_no)))
      .flatMap((row) => [row.short_description_en, row.justification_en])
      .map((text) => htmlToPlainText(text ?? '').slice(0, 60))
      .filter((text) => text.length >= 30)
    expect(texts.length).toBeGreaterThan(50)
    for (const file of FILES) {
      const built = await readFile(path.join(outDir, file), 'utf8')
      for (const text of texts) expect(built.includes(text), `${file} contains "${text}"`).toBe(false)
    }
  })

  it('quotes the article verbatim in each statement that cites it', async () => {
    const article = await readFile(XINHUA_ARTICLE, 'utf8')
    const citingArticle = statements.filter((s) => s.references.some((r) => r.source === 'xinhua-2024-06-12'))
    expect(citingArticle.length).toBeGreaterThanOrEqual(6)
    for (const statement of citingArticle) {
      expect(statement.references, statement.id).toHaveLength(1)
      const quote = statement.references[0]?.quote ?? ''
      expect(quote, statement.id).not.toBe('')
      expect(article.includes(quote), `${statement.id}: ${quote}`).toBe(true)
    }
  })

  it("gives a few sites referenced statements whose figures are the List's own, so a site page shows what the app is for", async () => {
    const rows = parse(await readFile(WHC_SITES_CSV), { columns: true }) as Record<string, string>[]
    const aboutSites = statements.filter((s) => s.subject.kind === 'site')
    const siteIds = new Set(aboutSites.map((s) => (s.subject.kind === 'site' ? s.subject.id : '')))
    expect(siteIds.size).toBeGreaterThanOrEqual(3)
    for (const id of siteIds) {
      const row = rows.find((r) => `whc-${r.id_no}` === id)
      expect(row, id).toBeDefined()
      const mine = aboutSites.filter((s) => s.subject.kind === 'site' && s.subject.id === id)
      // Each cites the List, which states every figure below.
      for (const statement of mine)
        expect(statement.references, statement.id).toEqual([{ source: 'unesco-world-heritage-list-2024' }])
      const area = mine.filter((s) => s.property === 'area')
      expect(
        area.map((s) => s.value),
        id,
      ).toEqual([{ type: 'quantity', amount: Number(row?.area_hectares), unit: 'hectare' }])
      const criteria = mine.filter((s) => s.property === 'world-heritage-criterion').map((s) => s.value)
      expect(criteria, id).toEqual(
        [...(row?.criteria_txt ?? '').matchAll(/\(([ivx]+)\)/g)].map((m) => ({
          type: 'string',
          text: `(${m[1]})`,
        })),
      )
    }
  })

  it('refers only to properties and sources that exist, with matching datatypes', () => {
    const datatypes = new Map(properties.map((property) => [property.id, property.datatype]))
    const sourceIds = new Set(sources.map((source) => source.id))
    for (const statement of statements) {
      expect(datatypes.get(statement.property), statement.id).toBe(statement.value.type)
      for (const qualifier of statement.qualifiers) {
        expect(datatypes.get(qualifier.property), statement.id).toBe(qualifier.value.type)
      }
      for (const reference of statement.references)
        expect(sourceIds.has(reference.source), statement.id).toBe(true)
    }
  })

  it('dates every count and rank that expects a point in time', () => {
    const expectsDate = new Set(properties.filter((p) => p.expectsPointInTime).map((p) => p.id))
    for (const statement of statements.filter((s) => expectsDate.has(s.property))) {
      expect(
        statement.qualifiers.some((q) => q.property === 'point-in-time'),
        statement.id,
      ).toBe(true)
    }
  })
})
