/**
 * Site names prepared for comparison: case, diacritics, punctuation, width and articles do not
 * count, and Chinese (or any Han, kana or Hangul) text is compared character by character.
 */

/** Words that say nothing about which place is meant, in the languages heritage names come in. */
const ARTICLES = new Set([
  'the',
  'of',
  'and',
  'a',
  'an',
  'at',
  'in',
  'on',
  'la',
  'le',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'et',
  'en',
  'el',
  'los',
  'las',
  'del',
  'y',
  'il',
  'lo',
  'gli',
  'di',
  'della',
  'delle',
  'dei',
  'e',
  'o',
  'os',
  'as',
  'da',
  'do',
  'das',
  'dos',
  'der',
  'die',
  'das',
  'den',
  'und',
  'von',
])

/** Scripts written without spaces between words. */
export const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** One name, ready to compare. */
export interface PreparedName {
  /** The name as written, to show which names matched. */
  text: string
  /** Words (or, for Han text, single characters), articles dropped. */
  tokens: string[]
  /** The tokens without repeats, and joined: the name's folded form. */
  tokenSet: Set<string>
  key: string
  /** Written in Han (or kana, Hangul) script: only names of the same kind of script are compared. */
  han: boolean
  /** Character pairs of the folded name without spaces: catches spelling variants. */
  bigrams: Set<string>
}

/** Lower case, no diacritics, full-width folded, punctuation as spaces, articles dropped. */
export function nameTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
  const tokens: string[] = []
  for (const word of folded.split(' ')) {
    if (!word) continue
    if (HAN.test(word)) {
      // Han text has no spaces: each character is a token (digits and Latin runs stay whole).
      for (const part of word.match(
        /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu,
      ) ?? [])
        tokens.push(part)
    } else if (!ARTICLES.has(word)) tokens.push(word)
  }
  return tokens
}

export function prepareName(text: string): PreparedName {
  const tokens = nameTokens(text)
  const joined = tokens.join('')
  const bigrams = new Set<string>()
  const chars = [...joined]
  for (let i = 0; i + 1 < chars.length; i += 1) bigrams.add(`${chars[i]}${chars[i + 1]}`)
  if (chars.length === 1) bigrams.add(joined)
  return { text, tokens, tokenSet: new Set(tokens), key: tokens.join(' '), bigrams, han: HAN.test(text) }
}

function dice<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const item of a) if (b.has(item)) shared += 1
  return (2 * shared) / (a.size + b.size)
}

/**
 * How alike two names are, 0 to 1: the mean of shared words and shared character pairs, so
 * that "Great Wall" and "The Great wall" are 1, and "Mount Taishan" and "Mount Huangshan" are not.
 */
export function nameSimilarity(a: PreparedName, b: PreparedName): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0
  if (a.key === b.key) return 1
  return (dice(a.tokenSet, b.tokenSet) + dice(a.bigrams, b.bigrams)) / 2
}

/**
 * The best match over every pair of names of two sites (any languages), with the names; a null
 * score when no two names are in the same kind of script ("长城" and "Great Wall" cannot be
 * compared without a translation, which says nothing either way).
 */
export function bestNameMatch(
  a: readonly PreparedName[],
  b: readonly PreparedName[],
): { score: number | null; names: [string, string] } {
  let best: { score: number | null; names: [string, string] } = {
    score: null,
    names: [a[0]?.text ?? '', b[0]?.text ?? ''],
  }
  for (const x of a) {
    for (const y of b) {
      if (x.han !== y.han) continue
      const score = nameSimilarity(x, y)
      if (best.score === null || score > best.score) best = { score, names: [x.text, y.text] }
    }
  }
  return best
}
