/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with `=`, `+`,
 * `-` or `@` as a formula, and tab, carriage return and line feed can smuggle such a start past
 * simple checks. Spreadsheets also look past what a person cannot see: leading spaces of any
 * kind (the ideographic space U+3000, no-break and thin spaces), format characters (zero-width
 * space, byte-order mark, direction marks), controls and quotes, and an input method turns the
 * full-width ＝ ＋ － ＠ into their ASCII forms. A text cell whose first visible character is
 * such a trigger is made inert with a leading apostrophe; so is every line of a multi-line cell,
 * since some spreadsheets split cells on line breaks when they paste or import.
 */

/** What a spreadsheet may skip before it looks for a formula's first character. */
const SKIPPED = String.raw`\p{Zs}\p{Zl}\p{Zp}\p{Cf}\p{Cc}'"\uFF02\uFF07\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F`
/**
 * The triggers: `= + - @`, tab, CR, LF, and every character that Unicode compatibility
 * normalisation (NFKC) turns into one of `= + - @` (full-width, small and super/subscript forms),
 * and the minus sign U+2212.
 */
const TRIGGERS = String.raw`=+\-@\t\r\n\u2212\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u207A\u207C\u208A\u208C`

const TRIGGER = new RegExp(`^[${SKIPPED}]*[${TRIGGERS}]`, 'u')
const LINE_BREAK = /[\r\n]/
const LINES = /(\r\n|\r|\n)/

/**
 * A first character that can begin a live cell (a trigger, or something skipped before one), as
 * a regular expression without the `u` flag, for writers that let most cells through untested:
 * a cell whose first UTF-16 unit is not in this class starts no formula. Astral format characters
 * (tag characters, musical formatting) are covered by their lead surrogates.
 */
export const MAY_START_FORMULA: RegExp = (() => {
  const one = new RegExp(`^[${SKIPPED}${TRIGGERS}]$`, 'u')
  const units: string[] = []
  for (let code = 0; code <= 0xffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    if (one.test(String.fromCharCode(code))) units.push(`\\u${code.toString(16).padStart(4, '0')}`)
  }
  // Lead surrogates of U+110BD, U+13430..., U+1BCA0..., U+1D173..., U+E0001 and U+E0020...: the
  // astral format characters.
  units.push('\\ud804', '\\ud80d', '\\ud82f', '\\ud834', '\\udb40')
  return new RegExp(`^[${units.join('')}]`)
})()

/** True when a text would start a formula somewhere a spreadsheet might look. */
export function isLiveFormula(text: string): boolean {
  if (TRIGGER.test(text)) return true
  // Most cells are one line: no need to split them.
  if (!LINE_BREAK.test(text)) return false
  return text.split(LINES).some((line, index) => index % 2 === 0 && TRIGGER.test(line))
}

/** Makes a text cell inert; text that starts no formula is returned unchanged. */
export function neutraliseCell(text: string): string {
  if (!isLiveFormula(text)) return text
  // parts alternates line, break, line, ...: each line that starts a formula gets its apostrophe;
  // the first stands for the whole cell's start (a cell that opens with a line break is live).
  return text
    .split(LINES)
    .map((part, index) => {
      if (index % 2 === 1) return part
      return TRIGGER.test(index === 0 ? text : part) ? `'${part}` : part
    })
    .join('')
}
