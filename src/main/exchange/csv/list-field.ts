/**
 * List fields in CSV cells: items joined by `;`, with `\;` for a semicolon and `\\` for a
 * backslash inside an item (codes and ids never need either). Documented in docs/EXCHANGE.md.
 */

export const LIST_DELIMITER = ';'

export function joinList(items: readonly (string | number)[]): string {
  return items.map((item) => String(item).replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(LIST_DELIMITER)
}

/** Splits a list cell; an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  if (cell === '') return []
  const items: string[] = []
  let current = ''
  for (let i = 0; i < cell.length; i += 1) {
    const ch = cell[i]
    if (ch === '\\' && i + 1 < cell.length) {
      current += cell[i + 1]
      i += 1
    } else if (ch === LIST_DELIMITER) {
      items.push(current)
      current = ''
    } else current += ch
  }
  items.push(current)
  return items
}
