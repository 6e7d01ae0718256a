import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site, Statement } from '@shared/domain'
import { copySample, snapshotFolder, tempDir } from '../../../tests/support/temp-dataset'
import { readKind, readShard, shardFilesOf, shardOfId } from '../../../tests/support/dataset-files'
import { createSchemaValidators } from '../validation/ajv'
import { serializeRecordFile } from './canonical-json'
import { DatasetStore } from './dataset-store'
import type { CuratorError } from './errors'
import { shardFile, shardOf } from './shards'
import { nodeDisk } from './fs/disk'
import { readShardFile, shardRecordsOfText } from './read-shard'
import { serializeShard } from './shard-files'

const validators = createSchemaValidators()
const quiet = { compactAfterMs: 1e9, compactEvery: 1e9 }
const MOGAO = shardOfId('site', 'whc-440')
/** China's statements travel with their subject, the country “CN”. */
const CHINA = shardFile('statement', shardOf('CN'))

async function refusal(folder: string): Promise<CuratorError> {
  const before = await snapshotFolder(folder)
  const error = await DatasetStore.open(folder, validators).then(
    () => {
      throw new Error('expected the dataset to be refused')
    },
    (e: CuratorError) => e,
  )
  expect(await snapshotFolder(folder), 'nothing written').toEqual(before)
  return error
}

describe('what a kind folder may hold', () => {
  const strangers: [string, (folder: string) => Promise<void>, string, string][] = [
    [
      'a file not named <hh>.json',
      (f) => writeFile(path.join(f, 'sites', 'notes.txt'), 'hi'),
      'sites/notes.txt is not a shard file',
      'file.layout',
    ],
    [
      'an upper-case shard name',
      (f) => writeFile(path.join(f, 'sites', '3F.json'), '{"records": []}'),
      'sites/3F.json is not a shard file',
      'file.layout',
    ],
    ['a folder', (f) => mkdir(path.join(f, 'sites', 'more')), 'sites/more is a folder', 'file.not-regular'],
    [
      'a symbolic link',
      (f) => symlink(path.join(f, MOGAO), path.join(f, 'sites', '00.json')),
      'sites/00.json is a symbolic link',
      'file.symlink',
    ],
  ]
  for (const [what, plant, message, rule] of strangers) {
    it(`refuses ${what}, naming it`, async () => {
      const folder = await copySample()
      await plant(folder)
      const error = await refusal(folder)
      expect(error.code).toBe('VALIDATION')
      expect(error.message).toContain(message)
      expect(error.issues[0]).toMatchObject({ rule })
    })
  }

  it('refuses a kind folder that is a file', async () => {
    const folder = await copySample()
    await rm(path.join(folder, 'sources'), { recursive: true })
    await writeFile(path.join(folder, 'sources'), '{"records": []}')
    expect((await refusal(folder)).message).toContain('sources is a file, not a folder')
  })

  it('refuses a site in another site’s shard, naming both shards', async () => {
    const folder = await copySample()
    const mogao = (await readShard<Site>(folder, MOGAO)).find((s) => s.id === 'whc-440') as Site
    const other = (await shardFilesOf(folder, 'site')).find((f) => f !== MOGAO) as string
    const sites = await readShard<Site>(folder, other)
    await writeFile(path.join(folder, other), serializeRecordFile({ records: [...sites, mogao] }))
    const error = await refusal(folder)
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: other,
        rule: 'file.shard',
        record: { kind: 'site', id: 'whc-440' },
        message: `${other}, record “whc-440”: belongs in ${MOGAO}, the shard of its id (docs/LAYOUT.md).`,
      }),
    ])
  })

  it('refuses a statement outside its subject’s shard', async () => {
    const folder = await copySample()
    const statements = await readShard<Statement>(folder, CHINA)
    const elsewhere = shardFile('statement', shardOf('whc-440'))
    await writeFile(path.join(folder, elsewhere), serializeRecordFile({ records: statements.slice(0, 1) }))
    const error = await refusal(folder)
    expect(error.message).toContain(
      `${elsewhere}, record “${statements[0]?.id}”: belongs in ${CHINA}, the shard of its subject “CN”`,
    )
  })

  it('refuses an id used twice across shards', async () => {
    const folder = await copySample()
    const [first] = await readShard<Statement>(folder, CHINA)
    // The same id, about Mogao Caves: in Mogao's shard, as its subject says, but twice in the kind.
    const twin = { ...(first as Statement), subject: { kind: 'site' as const, id: 'whc-440' } }
    const elsewhere = shardFile('statement', shardOf('whc-440'))
    await writeFile(path.join(folder, elsewhere), serializeRecordFile({ records: [twin] }))
    const error = await refusal(folder)
    expect(error.issues).toEqual([
      expect.objectContaining({
        rule: 'integrity.unique-id',
        file: [CHINA, elsewhere].sort().join(' and '),
        record: { kind: 'statement', id: first?.id },
      }),
    ])
  })

  it('passes over a temp file a crash left in a kind folder, and removes it when opened for writing', async () => {
    const folder = await copySample()
    const temp = path.join(folder, `${MOGAO}.0badf00d.hc-tmp`)
    await writeFile(temp, '{"records": [')
    const readOnly = await DatasetStore.open(folder, validators, { readOnly: true })
    expect(readOnly.count('site')).toBe(59)
    await readOnly.close()
    expect(await readdir(path.join(folder, 'sites'))).toContain(path.basename(temp))
    const store = await DatasetStore.open(folder, validators, quiet)
    expect(await readdir(path.join(folder, 'sites'))).not.toContain(path.basename(temp))
    await store.close()
  })
})

describe('compaction, shard by shard', () => {
  it('moves a statement whose subject changed to its new subject’s shard: two shards written', async () => {
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators, quiet)
    const before = await snapshotFolder(folder)
    const statement = [...store.all('statement')][0] as Statement
    const moved = { ...statement, subject: { kind: 'site' as const, id: 'whc-440' } }
    await store.commit('move', [{ kind: 'statement', id: statement.id, before: statement, after: moved }])
    await store.compact()
    await store.close()
    const after = await snapshotFolder(folder)
    const changed = [...new Set([...before.keys(), ...after.keys()])]
      .filter((f) => !f.startsWith('.curator') && before.get(f) !== after.get(f))
      .sort()
    const mogaoStatements = shardFile('statement', shardOf('whc-440'))
    expect(changed).toEqual([CHINA, mogaoStatements].sort())
    expect((await readShard<Statement>(folder, mogaoStatements)).map((s) => s.id)).toEqual([statement.id])
    expect((await readShard<Statement>(folder, CHINA)).map((s) => s.id)).not.toContain(statement.id)
    const reopened = await DatasetStore.open(folder, validators, { readOnly: true })
    expect(reopened.get('statement', statement.id)?.subject).toEqual(moved.subject)
  })

  it('removes the file of a shard whose last record went, and writes the kind folder back when one comes', async () => {
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators, quiet)
    const sources = [...store.all('source')]
    await store.commit(
      'remove every source',
      sources.map((s) => ({ kind: 'source' as const, id: s.id, before: s, after: null })),
    )
    await store.compact()
    expect(await shardFilesOf(folder, 'source')).toEqual([])
    await store.commit('one back', [
      { kind: 'source', id: sources[0]?.id as string, before: null, after: sources[0] as never },
    ])
    await store.compact()
    await store.close()
    expect(await shardFilesOf(folder, 'source')).toEqual([shardOfId('source', sources[0]?.id as string)])
  })

  it('writes a new dataset with no records as a manifest alone, and makes a kind’s folder for its first record', async () => {
    const folder = path.join(await tempDir(), 'new')
    const manifest = { name: 'New', schemaVersion: 1 as const, languages: ['en'] }
    const empty = { site: [], source: [], property: [], statement: [] }
    const store = await DatasetStore.create(folder, manifest, empty, validators, quiet)
    expect((await readdir(folder)).filter((n) => n !== '.curator')).toEqual(['dataset.json'])
    expect(store.manifest).toEqual(manifest)
    const sample = await readKind(await copySample(), 'site')
    const mogao = sample.find((s) => s.id === 'whc-440') as Site
    await store.commit('add', [{ kind: 'site', id: mogao.id, before: null, after: mogao }])
    await store.close()
    expect(await shardFilesOf(folder, 'site')).toEqual([MOGAO])
  })
})

describe('outside changes and backups, per shard', () => {
  it('tells a changed shard from the store’s own writes, among the files named or all of them', async () => {
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators, quiet)
    const site = store.get('site', 'whc-440') as Site
    await store.commit('rename', [
      { kind: 'site', id: site.id, before: site, after: { ...site, name: { en: 'Ours' } } },
    ])
    await store.compact()
    expect(await store.filesChangedOutside()).toEqual([])
    const tai = shardOfId('site', 'whc-438')
    await writeFile(path.join(folder, tai), `${await readFile(path.join(folder, tai), 'utf8')}\n`)
    expect(await store.filesChangedOutside()).toEqual([tai])
    expect(await store.filesChangedOutside([MOGAO])).toEqual([])
    expect(await store.filesChangedOutside([tai, 'sites/new.json'])).toEqual([tai])
    await store.close()
  })

  it('keeps each generation in the layout of the dataset, restorable', async () => {
    const folder = await copySample()
    const before = await snapshotFolder(folder)
    const store = await DatasetStore.open(folder, validators, quiet)
    const site = store.get('site', 'whc-440') as Site
    await store.commit('rename', [
      { kind: 'site', id: site.id, before: site, after: { ...site, name: { en: 'Ours' } } },
    ])
    await store.compact()
    const [generation] = await store.backups()
    const kept = await snapshotFolder(path.join(folder, '.curator', 'backups', generation as string))
    for (const [file, bytes] of before)
      if (!file.startsWith('.curator')) expect(kept.get(file), file).toBe(bytes)
    expect((await store.readBackup(generation as string, validators)).site).toContainEqual(site)
    await store.close()
  })
})

describe('one shard at a time (for the team merge)', () => {
  it('reads a shard from the folder or from its text, naming a record that does not belong', async () => {
    const folder = await copySample()
    const fromDisk = await readShardFile(nodeDisk, folder, 'site', MOGAO)
    expect(fromDisk.records).toEqual(await readShard(folder, MOGAO))
    expect(fromDisk.issues).toEqual([])
    expect(fromDisk.hash).toMatch(/^[0-9a-f]{64}$/)
    const stranger = { ...(fromDisk.records[0] as Site), id: 'whc-438' }
    const text = serializeShard([...(fromDisk.records as Site[]), stranger])
    const fromText = shardRecordsOfText('site', MOGAO, text)
    expect(fromText.records).toEqual(fromDisk.records)
    expect(fromText.issues.map((i) => i.rule)).toEqual(['file.shard'])
    expect(() => shardRecordsOfText('site', MOGAO, '{"records": [')).toThrow(`${MOGAO} is not valid JSON`)
  })
})
