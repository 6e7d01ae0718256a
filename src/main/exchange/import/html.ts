/**
 * UNESCO's export carries HTML in some site names (`Fujian <em>Tulou</em>`, `Ulu<U>r</U>u`); a
 * dataset stores plain text. The sample builder (scripts/sample) uses it too.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/** Decodes the named entities above and numeric ones (`&#39;`, `&#x2019;`); leaves others as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X'
      const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match
    }
    return Object.hasOwn(NAMED_ENTITIES, body.toLowerCase())
      ? (NAMED_ENTITIES[body.toLowerCase()] ?? match)
      : match
  })
}

/**
 * Strips tags, then decodes entities (in that order, so an escaped `&lt;em&gt;` stays text), and
 * collapses whitespace. Inline tags vanish without a space (`Ulu<U>r</U>u` is one word); only a
 * line break `<br />` separates words.
 */
export function htmlToPlainText(html: string): string {
  const withoutTags = html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim()
}
