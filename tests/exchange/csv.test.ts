import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Site, Statement } from '@shared/domain'
import { joinList, splitList } from '../../src/main/exchange/csv/list-field'
import { neutraliseCell } from '../../src/main/exchange/csv/neutralise'
import type { Cell, Column } from '../../src/main/exchange/csv/tables'
import { cellText, toCsvText, writeCsv } from '../../src/main/exchange/csv/write-csv'
import { BufferPool, Utf8Out } from '../../src/main/exchange/utf8-out'
import fc from 'fast-check'
import { stringify } from 'csv-stringify/sync'
import { exportDataset } from '../../src/main/exchange/export-dataset'
import { csvObjects, readCsv } from '../../src/main/exchange/import/read-csv'
import { copySample, tempDir } from '../support/temp-dataset'
import { clock, closeStores, FIXTURES, openStore, validators } from './support'

afterEach(closeStores)

const SPECTRUM = path.join(FIXTURES, 'csv-spectrum')

/** A cell is live when any of its lines starts (after spaces) with a formula trigger and no apostrophe. */
function live(cell: string): boolean {
  if (/^[ ]*[=+\-@\t\r\n]/.test(cell)) return true
  return cell.split(/\r\n|\r|\n/).some((line) => /^[ ]*[=+\-@\t]/.test(line))
}

const ATTACKS = [
  '=1+1',
  '+41 22 791 21 11',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '   =HYPERLINK("http://evil.example","x")',
  'Harmless first line\n=HYPERLINK("http://evil.example")',
  'Harmless\r\n  +1',
  'Harmless\r@cmd',
]

describe('csv-spectrum', () => {
  it('parses every case as its expected JSON says', async () => {
    const names = (await readdir(path.join(SPECTRUM, 'csvs'))).filter((n) => n.endsWith('.csv'))
    expect(names.length).toBe(11)
    for (const name of names) {
      const text = await readFile(path.join(SPECTRUM, 'csvs', name), 'utf8')
      const expected = JSON.parse(
        await readFile(path.join(SPECTRUM, 'json', name.replace(/\.csv$/, '.json')), 'utf8'),
      )
      expect(csvObjects(readCsv(text, name)), name).toEqual(expected)
    }
  })
})

describe('formula injection', () => {
  it.each(ATTACKS)('neutralises %j', (attack) => {
    const out = neutraliseCell(attack)
    expect(live(out)).toBe(false)
    expect(out.replace(/'/g, '')).toBe(attack.replace(/'/g, ''))
  })

  it('leaves harmless text alone', () => {
    for (const text of ['Mount Qingcheng', 'a-b', 'e=mc²', '青城山', '', ' spaced'])
      expect(neutraliseCell(text)).toBe(text)
  })

  it('an exported CSV has no live cell, and numeric columns keep their numbers', async () => {
    const store = await openStore(await copySample())
    const records = store.snapshot()
    const base = records.site[0] as Site
    records.site = ATTACKS.map((attack, i) => ({
      ...base,
      id: `attack-${i}`,
      unescoId: 90000 + i,
      name: { en: attack, zh: attack },
      location: { latitude: -3.5, longitude: -60.25 },
      reviewNote: attack,
    }))
    const stmt = records.statement[0] as Statement
    records.statement = [
      {
        ...stmt,
        value: { type: 'quantity', amount: -3.5 },
        references: [{ source: 'xinhua-2024-06-12', quote: '=cmd' }],
      },
    ]
    const out = await tempDir()
    await exportDataset(
      { manifest: store.manifest, records, validators, clock },
      { format: 'csv', folder: out },
    )
    const sites = readCsv(await readFile(path.join(out, 'sites.csv'), 'utf8'))
    expect(sites.rows).toHaveLength(ATTACKS.length)
    const numeric = new Set(['latitude', 'longitude', 'unescoId'])
    for (const row of sites.rows) {
      row.forEach((cell, i) => {
        const header = sites.headers[i] ?? ''
        if (numeric.has(header)) return
        expect(live(cell), `${header}: ${JSON.stringify(cell)}`).toBe(false)
      })
      expect(row[sites.headers.indexOf('latitude')]).toBe('-3.5')
      expect(row[sites.headers.indexOf('longitude')]).toBe('-60.25')
    }
    const statements = readCsv(await readFile(path.join(out, 'statements.csv'), 'utf8'))
    expect(statements.rows[0]?.[statements.headers.indexOf('value_amount')]).toBe('-3.5')
    expect(statements.rows[0]?.[statements.headers.indexOf('quotes')]).toBe("'=cmd")
  })
})

/** writeCsv's bytes, collected in memory as its buffers are handed on. */
async function writtenCsv<R>(
  table: { columns: Column<R>[]; records: readonly R[]; rowsOf?: (record: R) => number },
  bom: boolean,
): Promise<Buffer> {
  const pieces: Buffer[] = []
  const pool = new BufferPool()
  const out = new Utf8Out((buffer, bytes) => pieces.push(Buffer.from(buffer.subarray(0, bytes))), pool)
  await writeCsv(table, out, async () => undefined, { bom })
  out.end()
  return Buffer.concat(pieces)
}

describe('CSV text', () => {
  it('keeps a column named __proto__, writing and reading', () => {
    const columns = [
      { name: 'id', type: 'string' as const },
      { name: '__proto__', type: 'string' as const },
    ]
    const text = toCsvText(columns, [['a', 'polluted?']])
    expect(text).toBe('id,__proto__\r\na,polluted?\r\n')
    const [row] = csvObjects(readCsv(text))
    expect(Object.keys(row ?? {})).toEqual(['id', '__proto__'])
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('polluted?')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('quotes fields with a comma, a quote, CR or LF; ends every record with CRLF', () => {
    const text = toCsvText(
      [
        { name: 'a', type: 'string' },
        { name: 'b', type: 'string' },
      ],
      [
        ['x,y', 'say "hi"'],
        ['line\nbreak', 'cr\ronly'],
      ],
    )
    expect(text).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak","cr\ronly"\r\n')
  })

  it('writes the same bytes as csv-stringify for any text, numbers and booleans', () => {
    const columns = [
      { name: 'text', type: 'string' as const },
      { name: 'code', type: 'string' as const, inert: true },
      { name: 'n', type: 'number' as const },
      { name: 'flag', type: 'boolean' as const },
    ]
    const tricky = fc.constantFrom(',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', ' ', '\t', 'a', '中')
    const text = fc.oneof(
      fc.string(),
      fc.array(tricky).map((parts) => parts.join('')),
    )
    const row = fc.tuple(
      fc.option(text, { nil: undefined }),
      fc.option(text, { nil: undefined }),
      fc.option(fc.double({ noNaN: true }), { nil: undefined }),
      fc.option(fc.boolean(), { nil: undefined }),
    )
    fc.assert(
      fc.property(fc.array(row), fc.boolean(), (rows, bom) => {
        const header = columns.map((c) => neutraliseCell(c.name))
        const body = rows.map((r) => columns.map((c, i) => cellText(c, r[i])))
        const expected = stringify([header, ...body], {
          record_delimiter: 'windows',
          quoted_match: /[\r\n]/,
          bom,
        })
        expect(toCsvText(columns, rows, { bom })).toBe(expected)
      }),
    )
  })

  it('writeCsv writes the bytes toCsvText makes of the same cells, rows per record too', async () => {
    const meta = [
      { name: 'text', type: 'string' as const },
      { name: 'code', type: 'string' as const, inert: true },
      { name: 'n', type: 'number' as const },
      { name: 'flag', type: 'boolean' as const },
      { name: 'when', type: 'datetime' as const },
    ]
    // Each record is a list of rows (a statement and its references): columns read row `part`.
    const columns: Column<Cell[][]>[] = meta.map((c, i) => ({ ...c, get: (rows, part) => rows[part]?.[i] }))
    const tricky = fc.constantFrom(
      ',',
      '"',
      '\r',
      '\n',
      '=',
      '+',
      '-',
      '@',
      ' ',
      '\u00a0',
      '\t',
      'a',
      '中',
      '😀',
      '\ud800',
      "'",
      '\u3000',
      '\u200b',
      '＝',
      '\u2212',
    )
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(tricky).map((parts) => parts.join('')),
    )
    const row = fc.tuple(
      fc.option(text, { nil: undefined }),
      fc.option(text, { nil: undefined }),
      fc.option(fc.double(), { nil: undefined }),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.option(text, { nil: undefined }),
    )
    const record = fc.array(row, { maxLength: 3 }) as fc.Arbitrary<Cell[][]>
    await fc.assert(
      fc.asyncProperty(fc.array(record), fc.boolean(), async (records, bom) => {
        const expected = toCsvText(meta, records.flat(), { bom })
        const written = await writtenCsv({ columns, records, rowsOf: (rows) => rows.length }, bom)
        expect(written.equals(Buffer.from(expected, 'utf8'))).toBe(true)
      }),
    )
  })

  it('writeCsv over many buffers: the same bytes as toCsvText', async () => {
    const meta = [{ name: 'text', type: 'string' as const }]
    const columns: Column<string>[] = [{ ...meta[0]!, get: (text) => text }]
    const records = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', minLength: 10, maxLength: 40 }),
        fc.constantFrom('=1', 'a,b', 'x\ny'),
      ),
      {
        numRuns: 60_000,
        seed: 7,
      },
    )
    const written = await writtenCsv({ columns, records }, false)
    expect(written.length).toBeGreaterThan(2 * 1024 * 1024)
    expect(
      written.equals(
        Buffer.from(
          toCsvText(
            meta,
            records.map((r) => [r]),
          ),
          'utf8',
        ),
      ),
    ).toBe(true)
  })

  it('list cells escape the delimiter', () => {
    const items = ['plain', 'semi;colon', 'back\\slash', '']
    expect(splitList(joinList(items))).toEqual(items)
    expect(joinList(['CN', 'KZ'])).toBe('CN;KZ')
  })
})

describe('CSV reading', () => {
  it('numbers rows by the line they start on, as an editor counts lines', async () => {
    const table = readCsv(await readFile(path.join(FIXTURES, 'unesco/whc-sites-2024.csv'), 'utf8'))
    const line = (idNo: string) => table.lines[table.rows.findIndex((r) => r[1] === idNo)]
    expect([table.lines[0], line('148'), line('1567')]).toEqual([2, 816, 1469])
    expect(readCsv('a,b\n\n1,2\r\n3,"x\ny"\n4,5\n').lines).toEqual([3, 4, 6])
  })

  it('flags rows whose field count differs from the header', () => {
    const table = readCsv('a,b\n1,2,3\n4\n')
    expect([...table.ragged.keys()]).toEqual([0, 1])
    expect(table.rows[1]).toEqual(['4', ''])
  })
})
