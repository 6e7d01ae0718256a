/**
 * List fields in CSV cells: items joined by `;`, with `\;` for a semicolon and `\\` for a
 * backslash inside an item (codes and ids never need either). Documented in docs/EXCHANGE.md.
 */

const LIST_DELIMITER = ';'

/**
 * The items joined as one cell, each read through `text` when given (no array of texts is made
 * in between: an export joins a million lists).
 */
export function joinList<T>(items: readonly T[], text?: (item: T) => string | number): string {
  let joined = ''
  for (let i = 0; i < items.length; i += 1) {
    const item = String(text ? text(items[i] as T) : items[i])
    // Most items (codes, ids) hold neither character: no replacing then.
    const escaped =
      item.indexOf('\\') < 0 && item.indexOf(';') < 0
        ? item
        : item.replace(/\\/g, '\\\\').replace(/;/g, '\\;')
    joined += i > 0 ? `${LIST_DELIMITER}${escaped}` : escaped
  }
  return joined
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
