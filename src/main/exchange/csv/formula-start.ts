/**
 * A quick first look for the CSV writer, kept in step with `TRIGGER` in neutralise.ts: the
 * characters a live formula's text can begin with (the leading spaces TRIGGER skips, and the
 * triggers themselves). A one-line text whose first character is none of these is never live,
 * so the writer copies it without calling `neutraliseCell`; any other text, and every text with
 * a line break, goes through `neutraliseCell` as before. `formula-start.test.ts` checks every
 * character against `isLiveFormula`, so a trigger added there and not here fails the test.
 */
const STARTS = ' \u00a0=+-@\t\r\n'

const TABLE = new Uint8Array(0x10000)
for (const character of STARTS) TABLE[character.charCodeAt(0)] = 1

/** False when no live formula can start with this UTF-16 code unit. */
export function formulaMayStartWith(code: number): boolean {
  return TABLE[code] === 1
}
