import type { Utf8Out } from '../utf8-out'
import { formulaMayStartWith } from './formula-start'
import { neutraliseCell } from './neutralise'
import type { Cell, Column } from './tables'

/**
 * One cell as text. Numbers, integers, booleans and date-times keep their form (`-3.5` stays a
 * number); free text is made inert against formula injection.
 */
export function cellText(column: Pick<Column<never>, 'type' | 'inert'>, value: Cell): string {
  if (value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return String(value)
  if (column.type !== 'string' || column.inert) return value
  return neutraliseCell(value)
}

interface CsvTextOptions {
  /** A UTF-8 byte-order mark first, so that Excel reads UTF-8. */
  bom?: boolean
}

const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text
}

type ColumnMeta = Pick<Column<never>, 'name' | 'type' | 'inert'>

/** The header line's text: each name made inert and quoted as a field. */
function headerText(columns: ColumnMeta[], options: CsvTextOptions): string {
  const header = columns.map((c) => csvField(neutraliseCell(c.name))).join(',')
  return `${options.bom ? '\ufeff' : ''}${header}\r\n`
}

/**
 * RFC 4180 text of rows of cells: CRLF after every record, fields quoted when they hold a comma,
 * a quote or a line break (a lone CR or LF too). Rows are read by position, never as objects, so
 * a column named `__proto__` cannot go missing. The reference form of `writeCsv`'s bytes
 * (tests/exchange/csv.test.ts compares it with csv-stringify, and `writeCsv` with it).
 */
export function toCsvText(columns: ColumnMeta[], rows: Cell[][], options: CsvTextOptions = {}): string {
  let text = headerText(columns, options)
  for (const row of rows) text += `${columns.map((c, i) => csvField(cellText(c, row[i]))).join(',')}\r\n`
  return text
}

/** ASCII characters that make a field need quotes (comma, quote) or a closer look (line breaks). */
const NOT_PLAIN = new Uint8Array(128)
for (const character of ',"\r\n') NOT_PLAIN[character.charCodeAt(0)] = 1

const COMMA = 0x2c

/**
 * One cell as its field's bytes, the same as `csvField(cellText(column, value))`: a text that
 * cannot start a formula and needs no quotes is copied as it is, in one pass; anything else
 * takes the slow, exact way (`neutraliseCell`, then `csvField`).
 */
function writeField(out: Utf8Out, value: Cell, free: boolean): void {
  if (typeof value === 'string') {
    if (value.length === 0) return
    if (!(free && formulaMayStartWith(value.charCodeAt(0))) && out.copyUnless(value, NOT_PLAIN)) return
    out.text(csvField(free ? neutraliseCell(value) : value))
  } else if (typeof value === 'number') out.text(String(value))
  else if (typeof value === 'boolean') out.text(value ? 'true' : 'false')
}

/**
 * A table's CSV bytes (the same as `toCsvText` over the cells its columns read), written to
 * `out` as they are made: each cell goes from its record straight into the output, with no row
 * arrays and no line strings. `breathe` is awaited each time a buffer has gone to the disk.
 */
export async function writeCsv<R>(
  table: { columns: Column<R>[]; records: readonly R[]; rowsOf?: (record: R) => number },
  out: Utf8Out,
  breathe: () => Promise<void>,
  options: CsvTextOptions = {},
): Promise<void> {
  const { columns, records, rowsOf } = table
  out.text(headerText(columns, options))
  const getters = columns.map((c) => c.get)
  // A free-text column's cells are made inert (see cellText); other columns' are written as they are.
  const free = columns.map((c) => c.type === 'string' && !c.inert)
  const width = columns.length
  for (let r = 0; r < records.length; r += 1) {
    const record = records[r] as R
    const rows = rowsOf ? rowsOf(record) : 1
    for (let part = 0; part < rows; part += 1) {
      for (let c = 0; c < width; c += 1) {
        if (c > 0) out.byte(COMMA)
        writeField(out, (getters[c] as Column<R>['get'])(record, part), free[c] as boolean)
      }
      out.byte(0x0d)
      out.byte(0x0a)
    }
    if (out.takeDue()) await breathe()
  }
}
