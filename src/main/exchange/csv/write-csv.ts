import type { Cell, Column } from './tables'
import { neutraliseCell } from './neutralise'

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

/**
 * RFC 4180 text: CRLF after every record, fields quoted when they hold a comma, a quote or a
 * line break (a lone CR or LF too). Rows are arrays, never objects, so a column named
 * `__proto__` cannot go missing. Written by hand rather than with csv-stringify, which wrote
 * 5 MB/s; the bytes are the same (tests/exchange/csv.test.ts compares the two).
 */
export function toCsvText(
  columns: Pick<Column<never>, 'name' | 'type' | 'inert'>[],
  rows: Cell[][],
  options: CsvTextOptions = {},
): string {
  const lines: string[] = new Array<string>(rows.length + 1)
  lines[0] = columns.map((c) => csvField(neutraliseCell(c.name))).join(',')
  const width = columns.length
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] as Cell[]
    let line = ''
    for (let c = 0; c < width; c += 1) {
      if (c > 0) line += ','
      line += csvField(cellText(columns[c] as Column<never>, row[c]))
    }
    lines[r + 1] = line
  }
  return `${options.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`
}
