import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site, Source } from '@shared/domain'
import { editKind, readShard, shardFilesOf } from '../../../tests/support/dataset-files'
import { sampleWithProblems } from '../../../tests/support/problem-dataset'
import { DatasetStore, META_DIR } from './dataset-store'
import { nodeDisk } from './fs/disk'
import { serializeShard } from './shard-files'
import { CHECK_READS_FILE } from './check-reads-cache'
import { ProblemsIndex } from '../services/problems'
import { createSchemaValidators, type SchemaValidators } from '../validation/ajv'
import { checkFolder, type RecordProblems } from './check-folder'
import { PROBLEMS_CACHE_FILE, rulesVersion } from './problems-cache'

const validators = createSchemaValidators()
/** Opened as a large dataset is: on a shape check, checked in depth after the open. */
const large = { deepCheckInWorkerAbove: 0, compactAfterMs: 1e9 }
/** A deep check that must not run: the problems have to come from somewhere else. */
const noCheck = {
  ...large,
  deepCheck: () => Promise.reject(new Error('the deep check ran although the cache matched')),
}
const cacheFile = (folder: string) => path.join(folder, META_DIR, PROBLEMS_CACHE_FILE)

const byRecord = (problems: RecordProblems[]) =>
  [...problems].sort((a, b) => `${a.kind} ${a.id}`.localeCompare(`${b.kind} ${b.id}`))

/** Opens, waits for the deep check, closes: the cache is written for the files as they are. */
async function openAndCheck(folder: string) {
  const store = await DatasetStore.open(folder, validators, large)
  await store.checked()
  const problems = store.checkedProblems?.problems
  await store.close()
  return problems
}

describe('the deep check of a large dataset', () => {
  it('checks the records the open read, not the files again', async () => {
    const folder = await sampleWithProblems()
    const expected = await checkFolder(folder, validators, nodeDisk)
    const store = await DatasetStore.open(folder, validators, large)
    // The files change under the check (a checkout in another window): what main holds is checked.
    for (const shard of await shardFilesOf(folder, 'source'))
      await writeFile(path.join(folder, shard), '{ "records": [ not json')
    await store.checked()
    expect(store.readOnly).toBe(false)
    // The same problems; the order differs (shard by shard on disk, id order in memory).
    expect(byRecord(store.checkedProblems?.problems ?? [])).toEqual(byRecord(expected.problems))
    expect(expected.problems.length).toBeGreaterThan(0)
    await store.close().catch(() => undefined)
  })
})

describe('problems cached in .curator, ready at the next open', () => {
  it('reopening unchanged files shows their problems at once, without a check', async () => {
    const folder = await sampleWithProblems()
    const first = await openAndCheck(folder)
    expect(first?.length).toBeGreaterThan(0)
    const store = await DatasetStore.open(folder, validators, noCheck)
    expect(store.checking).toBe(false)
    expect(store.checkedProblems?.problems).toEqual(first)
    const index = new ProblemsIndex(validators)
    expect(index.ready(store)).toBe(true)
    expect(index.all(store)).toEqual(new ProblemsIndex(validators).all(await readOnlyCopy(folder)))
    await store.close()
  })

  it('a file changed since is checked again, never taken from the cache', async () => {
    const folder = await sampleWithProblems()
    const first = await openAndCheck(folder)
    expect(first?.some((p) => p.issues.some((i) => i.rule === 'source.url-is-web'))).toBe(true)
    // One source shard changes: the key covers every shard file's hash.
    await editKind(folder, 'source', (sources) => {
      ;(sources[0] as Source).URL = 'https://whc.unesco.org/en/list'
    })
    const store = await DatasetStore.open(folder, validators, large)
    expect(store.checking).toBe(true)
    await store.checked()
    const now = store.checkedProblems?.problems
    expect(now?.some((p) => p.issues.some((i) => i.rule === 'source.url-is-web'))).toBe(false)
    await store.close()
  })

  it('a corrupt or foreign cache is ignored and made again', async () => {
    const folder = await sampleWithProblems()
    const first = await openAndCheck(folder)
    for (const bad of ['{ "format": "heritage-curator-problems", "key": ', '[]', '{"problems": 1}']) {
      await writeFile(cacheFile(folder), bad)
      const store = await DatasetStore.open(folder, validators, large)
      expect(store.checking).toBe(true)
      await store.checked()
      expect(store.checkedProblems?.problems).toEqual(first)
      await store.close()
    }
    const cache = JSON.parse(await readFile(cacheFile(folder), 'utf8')) as { problems: unknown }
    expect(cache.problems).toEqual(first)
  })

  it('other rules (a schema changed) make another key', () => {
    const changed: SchemaValidators = {
      ...validators,
      schema: (name) =>
        name === 'site' ? { ...validators.schema(name), title: 'Changed' } : validators.schema(name),
    }
    expect(rulesVersion(changed)).not.toBe(rulesVersion(validators))
    expect(rulesVersion(createSchemaValidators())).toBe(rulesVersion(validators))
  })
})

describe('a changed dataset checked again in part', () => {
  /** Rewrites one site shard with one site renamed, as a pull or a hand edit would. */
  async function renameOneSite(folder: string) {
    const [file] = await shardFilesOf(folder, 'site')
    const sites = await readShard<Site>(folder, file as string)
    ;(sites[0] as Site).name.en = 'Renamed by hand'
    await writeFile(path.join(folder, file as string), serializeShard(sites))
    return sites.length
  }
  const recordCount = (store: DatasetStore) =>
    (['site', 'source', 'property', 'statement'] as const).reduce(
      (n, kind) => n + [...store.all(kind)].length,
      0,
    )

  it('one changed shard: only its records and those that read them are checked, with what a whole check finds', async () => {
    const folder = await sampleWithProblems()
    await openAndCheck(folder)
    const inShard = await renameOneSite(folder)
    const store = await DatasetStore.open(folder, validators, large)
    expect(store.checking).toBe(true)
    await store.checked()
    const checked = store.checkedProblems?.checkedRecords ?? Infinity
    expect(checked).toBeGreaterThanOrEqual(inShard)
    expect(checked).toBeLessThan(recordCount(store) / 2)
    const whole = await checkFolder(folder, validators, nodeDisk)
    expect(byRecord(store.checkedProblems?.problems ?? [])).toEqual(byRecord(whole.problems))
    await store.close()
    // The partial check made a cache of its own: the next open takes it whole.
    const again = await DatasetStore.open(folder, validators, noCheck)
    expect(again.checkedProblems?.checkedRecords).toBe(0)
    await again.close()
  })

  it('what the checks read is kept per shard file, never per record (England ran out of heap with it per record)', async () => {
    const folder = await sampleWithProblems()
    await openAndCheck(folder)
    const text = await readFile(path.join(folder, META_DIR, CHECK_READS_FILE), 'utf8')
    const shardFiles = (
      await Promise.all(
        (['site', 'source', 'property', 'statement'] as const).map((k) => shardFilesOf(folder, k)),
      )
    ).flat()
    const { slots } = JSON.parse(text) as { slots: string[] }
    expect(new Set(shardFiles)).toEqual(new Set(slots))
    const store = await readOnlyCopy(folder)
    const ids = (['site', 'source', 'statement'] as const).flatMap((kind) =>
      [...store.all(kind)].map((r) => r.id),
    )
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(text).not.toContain(id)
    await store.close()
  })

  it('reads that cannot be understood, or a property changed, mean checking everything', async () => {
    const folder = await sampleWithProblems()
    await openAndCheck(folder)
    await renameOneSite(folder)
    await writeFile(
      path.join(folder, META_DIR, CHECK_READS_FILE),
      '{ "format": "heritage-curator-problem-reads", "refs": [1]',
    )
    let store = await DatasetStore.open(folder, validators, large)
    await store.checked()
    expect(store.checkedProblems?.checkedRecords).toBe(recordCount(store))
    await store.close()
    await editKind(folder, 'property', (properties) => {
      ;(properties[0] as { description?: object }).description = { en: 'Changed' }
    })
    store = await DatasetStore.open(folder, validators, large)
    await store.checked()
    expect(store.checkedProblems?.checkedRecords).toBe(recordCount(store))
    await store.close()
  })
})

async function readOnlyCopy(folder: string) {
  return DatasetStore.open(folder, validators, { readOnly: true })
}
