import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { RECORD_KINDS } from '@shared/result'
import { copySample } from '../../../tests/support/temp-dataset'
import { readKind, readShard, shardFilesOf, shardOfId } from '../../../tests/support/dataset-files'
import { createSchemaValidators } from '../validation/ajv'
import { serializeRecordFile } from './canonical-json'
import { DatasetStore } from './dataset-store'
import { type ByteReader, nodeDisk } from './fs/disk'
import { eachRecordOfFile } from './read-dataset'
import { canonicalPiecesOf, canonicalRecordPieces } from './record-pieces'

const validators = createSchemaValidators()

/** Reads `text` at most `step` bytes at a time, as a slow disk or a small chunk would. */
function readerOf(text: string, step: number): ByteReader {
  const bytes = Buffer.from(text)
  let at = 0
  return {
    read: async (into, offset, length) => {
      const count = bytes.copy(into, offset, at, Math.min(bytes.length, at + Math.min(step, length)))
      at += count
      return count
    },
    close: async () => undefined,
  }
}

async function piecesOf(text: string, step: number) {
  const pieces: string[] = []
  const cut = canonicalPiecesOf(readerOf(text, step))
  for (;;) {
    const next = await cut.next()
    if (next.done) return next.value ? pieces : undefined
    pieces.push(...next.value)
  }
}

const records = [
  { id: 'a', name: { en: 'Mogao Caves', zh: '莫高窟' }, list: [1, { deep: [2] }] },
  { id: 'b', note: 'a brace } and a newline \\n in a string' },
  { id: 'c' },
]
const canonical = serializeRecordFile({ records })

describe('cutting a record file into its records as its bytes are read', () => {
  it('gives the records of a canonical file, however the reads fall', async () => {
    for (const step of [1, 2, 3, 5, 7, 64, 100_000])
      expect(await piecesOf(canonical, step)).toEqual(canonicalRecordPieces(canonical))
    expect((await piecesOf(canonical, 3))?.map((p) => JSON.parse(p) as unknown)).toEqual(records)
    expect(await piecesOf(serializeRecordFile({ records: [] }), 2)).toEqual([])
  })

  it('says when a file is not in the canonical form', async () => {
    const variants = [
      JSON.stringify({ records }),
      `${canonical}x`,
      `\uFEFF${canonical}`,
      canonical.replace('\n    },\n    {', '\n    }\n    {'),
      canonical.replace(/\n {2}\]\n\}\n$/, '\n  ],\n  "records": []\n}\n'),
      canonical.slice(0, -4),
      '',
    ]
    for (const text of variants)
      for (const step of [1, 4096]) expect(await piecesOf(text, step)).toBeUndefined()
  })
})

describe('opening record files read record by record', () => {
  it('opens a canonical file with characters beyond Latin-1 as its text says', async () => {
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators)
    const shard = await readShard<Site>(folder, shardOfId('site', 'whc-440'))
    expect(store.get('site', 'whc-440')).toEqual(shard.find((s) => s.id === 'whc-440'))
    expect(store.get('site', 'whc-440')?.name.zh).toMatch(/[\u4e00-\u9fff]/)
    // Every record as a whole parse of its shard gives it (repeated texts are shared, never
    // changed), in id order across the shards, as the single files had them.
    for (const kind of RECORD_KINDS) expect([...store.all(kind)]).toEqual(await readKind(folder, kind))
    expect(await store.filesChangedOutside()).toEqual([])
  })

  // A record sits two levels down (the file's object, its array): 61 arrays inside one reach
  // level 63, the deepest allowed; 62 reach 64. Both layouts must draw the line in the same place.
  const layouts = { canonical: serializeRecordFile, minified: (data: object) => JSON.stringify(data) }
  for (const [layout, write] of Object.entries(layouts)) {
    it(`draws the depth limit where a whole parse does, in a ${layout} file`, async () => {
      const open = async (arrays: number) => {
        const folder = await copySample()
        const file = path.join(folder, shardOfId('site', 'whc-440'))
        const sites = JSON.parse(await readFile(file, 'utf8')) as { records: { id: string }[] }
        let deep: unknown = 'bottom'
        for (let level = 0; level < arrays; level += 1) deep = [deep]
        Object.assign(sites.records.find((s) => s.id === 'whc-440') as object, { extra: deep })
        await writeFile(file, write(sites))
        // The schema check is left out: only the depth is in question here.
        return DatasetStore.open(folder, validators, {
          deepCheckInWorkerAbove: 0,
          deepCheck: async () => ({ failure: [] }),
        })
      }
      expect((await open(61)).count('site')).toBe(59)
      await expect(open(62)).rejects.toMatchObject({
        message: `${shardOfId('site', 'whc-440')} is nested deeper than 64 levels, more than any dataset record needs.`,
      })
    })
  }

  it('gives the deep check the records a whole parse gives, even when a later key replaces them', async () => {
    const folder = await copySample()
    const [shard] = await shardFilesOf(folder, 'source')
    const file = path.join(folder, shard as string)
    const text = await readFile(file, 'utf8')
    // Canonical records, and then a second "records" key: JSON.parse keeps the last one.
    const tricked = text.replace(/\n {2}\]\n\}\n$/, '\n  ],\n  "records": [{ "id": "only-this-one" }]\n}\n')
    await writeFile(file, tricked)
    const seen: unknown[] = []
    for await (const record of eachRecordOfFile(nodeDisk, folder, shard as string)) seen.push(record)
    expect(seen).toEqual([{ id: 'only-this-one' }])
  })
})
