import { MAY_START_FORMULA } from './neutralise'

/**
 * A quick first look for the CSV writer: neutralise.ts's MAY_START_FORMULA (the characters a
 * live formula's text can begin with: the triggers, and what a spreadsheet skips before one) as
 * a table by UTF-16 code unit, made once at the first export, so that each cell costs a lookup
 * rather than a regular expression. A text whose first unit is in none of these is never live,
 * and the writer copies it without calling `neutraliseCell`; any other text, and every text with
 * a line break, goes through `neutraliseCell`. `formula-start.test.ts` checks every character
 * against `isLiveFormula`.
 */
let table: Uint8Array | undefined

function startsTable(): Uint8Array {
  const made = new Uint8Array(0x10000)
  for (let code = 0; code < 0x10000; code += 1)
    if (MAY_START_FORMULA.test(String.fromCharCode(code))) made[code] = 1
  return made
}

/** False when no live formula can start with this UTF-16 code unit. */
export function formulaMayStartWith(code: number): boolean {
  table ??= startsTable()
  return table[code] === 1
}
