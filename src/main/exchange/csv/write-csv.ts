import { TextChunks } from '../write-files'
import { MAY_START_FORMULA, neutraliseCell } from './neutralise'
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

export interface CsvTextOptions {
  /** A UTF-8 byte-order mark first, so that Excel reads UTF-8. */
  bom?: boolean
}

const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text
}

type ColumnMeta = Pick<Column<never>, 'name' | 'type' | 'inert'>

/**
 * Any text that needs neither quoting nor neutralising has none of these: a first character
 * that could start a formula (or be skipped before one: see neutralise.ts), a comma, a quote or
 * a line break. One test lets most cells through as they are.
 */
const NOTHING_TO_DO = new RegExp(`${MAY_START_FORMULA.source}|[",\\r\\n]`)

/** A column's cells as CSV fields (`csvField(cellText(column, value))`), with the common case fast. */
function fieldWriter(column: ColumnMeta): (value: Cell) => string {
  const free = column.type === 'string' && !column.inert
  return (value) => {
    // A text cell is written as it is, or neutralised when its column is free text (see cellText).
    if (typeof value === 'string')
      return NOTHING_TO_DO.test(value) ? csvField(free ? neutraliseCell(value) : value) : value
    return csvField(cellText(column as Column<never>, value))
  }
}

/**
 * RFC 4180 text, pushed line by line: CRLF after every record, fields quoted when they hold a
 * comma, a quote or a line break (a lone CR or LF too). Rows are read through `cell`, never as
 * objects, so a column named `__proto__` cannot go missing.
 */
function pushCsv<T>(
  columns: ColumnMeta[],
  items: readonly T[],
  cell: (item: T, column: number) => Cell,
  push: (text: string) => void,
  options: CsvTextOptions,
): void {
  const header = columns.map((c) => csvField(neutraliseCell(c.name))).join(',')
  push(`${options.bom ? '\ufeff' : ''}${header}\r\n`)
  const writers = columns.map(fieldWriter)
  const width = columns.length
  for (const item of items) {
    let line = ''
    for (let c = 0; c < width; c += 1) {
      if (c > 0) line += ','
      line += (writers[c] as (value: Cell) => string)(cell(item, c))
    }
    push(`${line}\r\n`)
  }
}

/**
 * RFC 4180 text of rows of cells. Written by hand rather than with csv-stringify, which wrote
 * 5 MB/s; the bytes are the same (tests/exchange/csv.test.ts compares the two).
 */
export function toCsvText(columns: ColumnMeta[], rows: Cell[][], options: CsvTextOptions = {}): string {
  const lines: string[] = []
  pushCsv(
    columns,
    rows,
    (row, c) => row[c],
    (line) => lines.push(line),
    options,
  )
  return lines.join('')
}

/**
 * The same text as `toCsvText` over the rows the columns make of the records, as UTF-8 bytes:
 * each cell goes from its record straight into the text, with no array of rows in between.
 */
export function csvBytes<R>(
  columns: Column<R>[],
  records: readonly R[],
  options: CsvTextOptions = {},
): Buffer[] {
  const out = new TextChunks()
  const getters = columns.map((c) => c.get)
  pushCsv(
    columns,
    records,
    (record, c) => (getters[c] as (r: R) => Cell)(record),
    (text) => out.push(text),
    options,
  )
  return out.chunks()
}
