import { decodeHTMLStrict } from 'entities'

/**
 * UNESCO's export carries HTML in some site names (`Fujian <em>Tulou</em>`, `Ulu<U>r</U>u`) and,
 * in its French and other columns, entities (`Cit&eacute;`, `&rsquo;`); a dataset stores plain
 * text. The sample builder (scripts/sample) uses it too.
 */

/**
 * Decodes every HTML5 character reference (named, `&#39;`, `&#x2019;`) with the `entities`
 * library, strictly: only references closed by `;`, so that `AT&T` or `R&D` stay as written.
 */
function decodeEntities(text: string): string {
  // Most names hold no reference at all: no need to run the decoder over them.
  return text.includes('&') ? decodeHTMLStrict(text) : text
}

/**
 * Strips tags, then decodes entities (in that order, so an escaped `&lt;em&gt;` stays text), and
 * collapses whitespace (a decoded `&nbsp;` too). Inline tags vanish without a space
 * (`Ulu<U>r</U>u` is one word); only a line break `<br />` separates words.
 */
export function htmlToPlainText(html: string): string {
  const withoutTags = html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim()
}
