import { stringify } from 'csv-stringify/sync'
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

/**
 * RFC 4180 text: CRLF after every record, fields quoted when they hold a comma, a quote or a
 * line break (csv-stringify leaves a lone line feed unquoted under CRLF; `quoted_match` fixes
 * that). Rows are arrays, never objects, so a column named `__proto__` cannot go missing.
 */
export function toCsvText(
  columns: Pick<Column<never>, 'name' | 'type' | 'inert'>[],
  rows: Cell[][],
  options: CsvTextOptions = {},
): string {
  const header = columns.map((c) => neutraliseCell(c.name))
  const body = rows.map((row) => columns.map((c, i) => cellText(c, row[i])))
  return stringify([header, ...body], {
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    bom: options.bom ?? false,
  })
}
