/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with `=`, `+`,
 * `-` or `@` as a formula, and tab, carriage return and line feed can smuggle such a start past
 * simple checks. Text cells whose start is one of these, also after leading spaces, are made
 * inert with a leading apostrophe; so is every line of a multi-line cell, since some
 * spreadsheets split cells on line breaks when they paste or import.
 */

const TRIGGER = /^[ \u00a0]*[=+\-@\t\r\n]/
const LINE_BREAK = /[\r\n]/

/** True when a text would start a formula somewhere a spreadsheet might look. */
export function isLiveFormula(text: string): boolean {
  if (TRIGGER.test(text)) return true
  // Most cells are one line: no need to split them.
  if (!LINE_BREAK.test(text)) return false
  return text.split(/\r\n|\r|\n/).some((line, index) => {
    if (index === 0) return TRIGGER.test(text)
    return TRIGGER.test(line)
  })
}

/** Makes a text cell inert; text that starts no formula is returned unchanged. */
export function neutraliseCell(text: string): string {
  if (!isLiveFormula(text)) return text
  const parts = text.split(/(\r\n|\r|\n)/)
  // parts alternates line, break, line, ...: the first line stands for the whole cell's start.
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part
      if (index === 0) return TRIGGER.test(text) ? `'${part}` : part
      return TRIGGER.test(part) ? `'${part}` : part
    })
    .join('')
}
