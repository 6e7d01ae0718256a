/**
 * Folds text for search: case, diacritics (NFKD, marks dropped) and full-width forms are
 * ignored, so "Mogao", "mogao" and "Mógao" match; Chinese is kept as written.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** Every term of the query must occur somewhere in the record's text. */
export function matchesAllTerms(haystack: string, query: string): boolean {
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean)
  return terms.every((term) => haystack.includes(term))
}
