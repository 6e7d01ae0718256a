/**
 * The records of a record file's text, parsed one at a time. A file in the canonical form
 * (as the store writes it: `{ "records": [...] }`, two-space indentation) is cut at its record
 * boundaries and each record parsed on its own, so that records die young (cheap for the
 * garbage collector) when the caller keeps none of them. A cut is used only when the whole text
 * is exactly the head, the pieces separated by commas, and the tail, and every piece parses: then
 * the pieces are the very records a parse of the whole text would give. Any other layout (a
 * minified file, a hand edit, a byte-order mark) answers undefined: parse it whole.
 */
const HEAD = '{\n  "records": ['
const RECORD_START = '\n    {'
const RECORD_END = '\n    }'
const TAIL = /^\n {2}\]\n\}\n?$/
const EMPTY = /^\{\n {2}"records": \[\]\n\}\n?$/

export function canonicalRecordPieces(text: string): string[] | undefined {
  if (EMPTY.test(text)) return []
  if (!text.startsWith(HEAD)) return undefined
  const pieces: string[] = []
  let at = HEAD.length
  for (;;) {
    if (!text.startsWith(RECORD_START, at)) return undefined
    const end = text.indexOf(RECORD_END, at + RECORD_START.length)
    if (end < 0) return undefined
    pieces.push(text.slice(at, end + RECORD_END.length))
    at = end + RECORD_END.length
    if (text.charCodeAt(at) !== 44 /* , */) break
    at += 1
  }
  return TAIL.test(text.slice(at)) ? pieces : undefined
}

/** Parses one piece; undefined when it is not a whole JSON object (the caller parses the file whole). */
export function parsePiece(piece: string): object | undefined {
  try {
    const value = JSON.parse(piece) as unknown
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined
  } catch {
    return undefined
  }
}
