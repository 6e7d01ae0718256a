import { readFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { readCsv } from '../../src/main/exchange/import/read-csv'
import { copySample, tempDir } from '../support/temp-dataset'
import { clock, closeStores, openStore, validators } from './support'

afterEach(closeStores)

/**
 * What a spreadsheet may look past before the first visible character, listed by hand from the
 * Unicode tables (every space separator, the format characters people meet, controls, quotes), so
 * that the test does not share the code's own definition.
 */
const SPACES = [
  ' ',
  '\u00a0',
  '\u1680',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u202f',
  '\u205f',
  '\u3000',
]
const FORMATS = [
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u{e0001}',
]
const CONTROLS = ['\u000b', '\u000c', '\u001c', '\u001f', '\u0085']
const QUOTES = ["'", '"', '\uff07', '\uff02', '\u2018', '\u201c']
const SKIPPABLE = [...SPACES, ...FORMATS, ...CONTROLS, ...QUOTES]
const TRIGGERS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\uff1d',
  '\uff0b',
  '\uff0d',
  '\uff20',
  '\ufe66',
  '\ufe62',
  '\ufe63',
  '\ufe6b',
  '\u2212',
]
const PAYLOADS = ["cmd|' /C calc'!A0", 'HYPERLINK("http://evil.example","x")', '1+1', 'SUM(A1:A9)']
const BREAKS = ['\n', '\r\n', '\r']

/** Dangerous by construction: skippable characters, then a trigger (a cell may also open with CR or LF). */
function isDangerous(text: string, triggers: string[]): boolean {
  const chars = [...text]
  let i = 0
  while (i < chars.length && SKIPPABLE.includes(chars[i] as string) && !triggers.includes(chars[i] as string))
    i += 1
  return i < chars.length && triggers.includes(chars[i] as string)
}

/** The cell a spreadsheet may safely open: each dangerous line behind an apostrophe, nothing else changed. */
function expectedCell(original: string): string {
  const parts = original.split(/(\r\n|\r|\n)/)
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part
      const dangerous =
        i === 0 ? isDangerous(original, [...TRIGGERS, '\r', '\n']) : isDangerous(part, TRIGGERS)
      return dangerous ? `'${part}` : part
    })
    .join('')
}

/** Every skippable character and every trigger once, then random mixes, as whole cells and as later lines. */
function corpus(): string[] {
  const cells = new Set<string>()
  for (const skip of ['', ...SKIPPABLE])
    for (const trigger of TRIGGERS) cells.add(`${skip}${trigger}${PAYLOADS[0]}`)
  for (const start of ['\r', '\n', '\r\n']) cells.add(`${start}=1+1`)
  const variant = fc
    .tuple(
      fc.array(fc.constantFrom(...SKIPPABLE), { maxLength: 4 }),
      fc.constantFrom(...TRIGGERS),
      fc.constantFrom(...PAYLOADS),
      fc.option(fc.tuple(fc.constantFrom('Harmless line', '青城山'), fc.constantFrom(...BREAKS))),
    )
    .map(([skips, trigger, payload, before]) => {
      const attack = `${skips.join('')}${trigger}${payload}`
      return before ? `${before[0]}${before[1]}${attack}` : attack
    })
  for (const cell of fc.sample(variant, { numRuns: 1500, seed: 20260102 })) cells.add(cell)
  return [...cells]
}

const SAFE = ['\u3000日本の城', "'quoted text", 'a=b', 'e-mail', '"Quoted" name', 'Mount Qingcheng', '莫高窟']

describe('formula injection: a generated corpus', () => {
  it('leaves 0 live cells in the CSV export, and the JSON export untouched', async () => {
    const store = await openStore(await copySample())
    const records = store.snapshot()
    const base = records.site[0] as Site
    const cells = [...corpus(), ...SAFE]
    expect(cells.length).toBeGreaterThan(1500)
    records.site = cells.map((cell, i) => ({
      ...base,
      id: `attack-${i}`,
      unescoId: 10000 + i,
      name: { en: cell, zh: cell },
      reviewNote: cell,
    }))
    records.statement = []
    const csvOut = await tempDir()
    await exportDataset(
      { manifest: store.manifest, records, validators, clock },
      { format: 'csv', folder: csvOut },
    )
    const sites = readCsv(await readFile(path.join(csvOut, 'sites.csv'), 'utf8'))
    const columns = ['name_en', 'name_zh', 'reviewNote'].map((c) => sites.headers.indexOf(c))
    const idColumn = sites.headers.indexOf('id')
    expect(sites.rows).toHaveLength(cells.length)
    const live: string[] = []
    for (const row of sites.rows) {
      const original = cells[Number(row[idColumn]?.slice('attack-'.length))] as string
      for (const c of columns) if (row[c] !== expectedCell(original)) live.push(JSON.stringify(row[c]))
    }
    expect(live.slice(0, 10), `${live.length} live cells`).toEqual([])
    const written = new Map(sites.rows.map((row) => [row[idColumn], row[columns[0] as number]]))
    SAFE.forEach((safe, r) => expect(written.get(`attack-${cells.length - SAFE.length + r}`)).toBe(safe))

    const jsonOut = await tempDir()
    await exportDataset(
      { manifest: store.manifest, records, validators, clock },
      { format: 'json', folder: jsonOut },
    )
    const doc = JSON.parse(await readFile(path.join(jsonOut, 'dataset.export.json'), 'utf8')) as {
      sites: Site[]
    }
    const byId = new Map(doc.sites.map((s) => [s.id, s]))
    cells.forEach((cell, i) => expect(byId.get(`attack-${i}`)?.name.en).toBe(cell))
  }, 120_000)
})
