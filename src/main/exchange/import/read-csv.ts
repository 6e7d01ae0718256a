import { parse } from 'csv-parse/sync'
import { CuratorError } from '../../dataset/errors'

export interface CsvTable {
  headers: string[]
  /** Data rows as arrays, aligned with the headers (short rows padded with ''). */
  rows: string[][]
  /** The line each data row starts on, 1-based. */
  lines: number[]
  /** Rows whose field count differs from the header's: row index to message. */
  ragged: Map<number, string>
}

/**
 * Parses CSV text (RFC 4180: quotes, embedded line breaks, CRLF or LF, a byte-order mark)
 * into arrays. Rows stay arrays so that any header, even `__proto__`, survives.
 */
export function readCsv(text: string, name = 'The file'): CsvTable {
  let records: string[][]
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]
  } catch (error) {
    throw new CuratorError('VALIDATION', `${name} is not readable CSV: ${(error as Error).message}`)
  }
  const [head, ...body] = records
  if (!head) throw new CuratorError('VALIDATION', `${name} has no header row.`)
  const headers = head.map((h) => h.trim())
  const ragged = new Map<number, string>()
  const rows: string[][] = []
  const lines: number[] = []
  const starts = recordStartLines(text.replace(/^\uFEFF/, ''))
  body.forEach((record, index) => {
    if (record.length !== headers.length) {
      ragged.set(index, `This row has ${record.length} fields where the header has ${headers.length}.`)
    }
    rows.push(headers.map((_, i) => record[i] ?? ''))
    lines.push(starts[index + 1] ?? index + 2)
  })
  return { headers, rows, lines, ragged }
}

/**
 * The line each record starts on, as an editor counts lines (CRLF, CR or LF is one break), with
 * line breaks inside quoted fields counted and empty lines skipped, as the parser skips them.
 */
function recordStartLines(text: string): number[] {
  const starts: number[] = []
  let line = 1
  let inQuotes = false
  let atStart = true
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]
    const isBreak = ch === '\r' || ch === '\n'
    if (isBreak && ch === '\r' && text[i + 1] === '\n') i += 1
    if (atStart && isBreak) {
      line += 1
      continue
    }
    if (atStart) {
      starts.push(line)
      atStart = false
    }
    if (ch === '"') inQuotes = !inQuotes
    else if (isBreak) {
      line += 1
      if (!inQuotes) atStart = true
    }
  }
  return starts
}

/** Rows as objects keyed by header, built with own properties so that `__proto__` is a key like any other. */
export function csvObjects(table: CsvTable): Record<string, string>[] {
  return table.rows.map((row) => {
    const object: Record<string, string> = {}
    table.headers.forEach((header, i) => {
      Object.defineProperty(object, header, {
        value: row[i] ?? '',
        enumerable: true,
        writable: true,
        configurable: true,
      })
    })
    return object
  })
}
