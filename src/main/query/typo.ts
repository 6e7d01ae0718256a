/**
 * One typo, as a search forgives it: a character changed, added or left out, or two neighbours
 * swapped (the optimal string alignment distance of one, which counts "mogoa" for "mogao" as
 * one typo where plain edit distance counts two).
 */

/** True when `token` from `at` starts with `term` from `from`. */
function startsAt(term: string, from: number, token: string, at: number): boolean {
  if (token.length - at < term.length - from) return false
  for (let k = 0; from + k < term.length; k += 1)
    if (term.charCodeAt(from + k) !== token.charCodeAt(at + k)) return false
  return true
}

/**
 * True when some start of `token` is the term or one typo from it: "mogoa" and "mogaa" start
 * "mogao", "mgao" and "moggao" too. A token that starts with the term counts as well.
 */
export function startsWithinOneEdit(term: string, token: string): boolean {
  let i = 0
  while (i < term.length && i < token.length && term.charCodeAt(i) === token.charCodeAt(i)) i += 1
  if (i === term.length) return true
  return (
    startsAt(term, i + 1, token, i + 1) || // changed
    startsAt(term, i + 1, token, i) || // added in the term
    startsAt(term, i, token, i + 1) || // left out of the term
    (term.charCodeAt(i) === token.charCodeAt(i + 1) &&
      term.charCodeAt(i + 1) === token.charCodeAt(i) &&
      startsAt(term, i + 2, token, i + 2)) // swapped
  )
}
