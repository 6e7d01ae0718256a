import { foldForSearch } from './normalize'
import { startsWithinOneEdit } from './typo'

/** Terms of at least this many characters also match with one typo (Meilisearch's default). */
export const TYPO_FROM_LENGTH = 5

/** Terms whose matching records are remembered: typing narrows one term many times. */
const REMEMBERED_TERMS = 24

/** The folded terms of a search: every one must match. */
export function searchTerms(search: string): string[] {
  return foldForSearch(search.trim()).split(/\s+/).filter(Boolean)
}

/** True when the text holds a digit 0-9. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

/** A term may match with a typo: long enough, and no digits (a number one off is another number). */
const typoTolerant = (term: string) => term.length >= TYPO_FROM_LENGTH && !hasDigit(term)

/** A word a typo may reach: no digits (not an id or a number), not too short. */
const typoCandidate = (token: string) => token.length >= TYPO_FROM_LENGTH - 1 && !hasDigit(token)

export interface SearchMatch {
  /** Positions whose text holds every term as written (folded), ascending. */
  exact: Uint32Array
  /** Positions that match only with a typo in one term or more, ascending. */
  approximate: Uint32Array
}

/** A small map that forgets its oldest entry. */
function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= REMEMBERED_TERMS) map.delete(map.keys().next().value as string)
  map.set(key, value)
  return value
}

/** True for the characters JavaScript's \s matches (the separators of search terms). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 160) return false
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Texts indexed per step of a background build: a few milliseconds of main's time each. */
const TEXTS_PER_STEP = 4000

/**
 * The words of the texts that a typo may reach (no digits, four letters or more), each with the
 * positions that have it: an inverted index over the distinct words, so that the words within
 * one typo of a term are found by looking through the vocabulary (thousands of words), not
 * through every text. Ids, codes and numbers are left out (a typo in them is another id): they
 * are most of the distinct tokens of a large register, and would make the index slow to build.
 * Built step by step (`step`), so that it can be made in the background between queries.
 */
class WordIndexBuilder {
  private readonly ids = new Map<string, number>()
  private readonly words: string[] = []
  private wordOf = new Uint32Array(1 << 16)
  private positionOf = new Uint32Array(1 << 16)
  private count = 0
  /** The next text to index. */
  next = 0

  constructor(private readonly texts: readonly string[]) {}

  get done(): boolean {
    return this.next >= this.texts.length
  }

  /** Indexes the next `n` texts. */
  step(n: number): void {
    const end = Math.min(this.texts.length, this.next + n)
    for (; this.next < end; this.next += 1) this.add(this.texts[this.next] as string, this.next)
  }

  /** Each word of the text: cut at spaces, and kept only when a typo may reach it. */
  private add(text: string, position: number): void {
    let start = 0
    let digit = false
    for (let i = 0; i <= text.length; i += 1) {
      const code = i < text.length ? text.charCodeAt(i) : 32
      if (isSpace(code)) {
        if (!digit && i - start >= TYPO_FROM_LENGTH - 1) this.posting(text.slice(start, i), position)
        start = i + 1
        digit = false
      } else if (code >= 48 && code <= 57) digit = true
    }
  }

  private posting(word: string, position: number): void {
    let id = this.ids.get(word)
    if (id === undefined) {
      id = this.words.length
      this.words.push(word)
      this.ids.set(word, id)
    }
    if (this.count === this.wordOf.length) {
      const grown = (list: Uint32Array) => {
        const bigger = new Uint32Array(list.length * 2)
        bigger.set(list)
        return bigger
      }
      this.wordOf = grown(this.wordOf)
      this.positionOf = grown(this.positionOf)
    }
    this.wordOf[this.count] = id
    this.positionOf[this.count] = position
    this.count += 1
  }

  /** The finished index: postings by counting sort, each word's positions ascending. */
  finish(): WordIndex {
    this.step(this.texts.length)
    const { words, count, wordOf, positionOf } = this
    const starts = new Uint32Array(words.length + 1)
    for (let k = 0; k < count; k += 1) {
      const after = (wordOf[k] as number) + 1
      starts[after] = (starts[after] as number) + 1
    }
    for (let w = 0; w < words.length; w += 1)
      starts[w + 1] = (starts[w + 1] as number) + (starts[w] as number)
    const next = starts.slice(0, words.length)
    const postings = new Uint32Array(count)
    for (let k = 0; k < count; k += 1) {
      const id = wordOf[k] as number
      postings[next[id] as number] = positionOf[k] as number
      next[id] = (next[id] as number) + 1
    }
    return { words, starts, postings }
  }
}

/** Distinct words and, for word w, its positions `postings[starts[w]]` up to `postings[starts[w + 1]]`. */
interface WordIndex {
  words: string[]
  starts: Uint32Array
  postings: Uint32Array
}

/**
 * Site search: the folded search texts, one per position, and the index that finds typos. A term
 * matches a text that contains it (names in every script, ids, UNESCO ids, states parties,
 * alternative names): a scan of the texts, narrowed from the positions a shorter term matched as
 * the curator types. The scan costs 2 to 6 ms over 100,000 texts (10 million characters), where
 * an inverted index of every token cost 2 s to build and more per one-letter term, so exact
 * matches are scanned. A term of five letters or more also matches a word that starts within one
 * typo of it ("mogoa" finds "mogao"), found through the word index, built at the first such term.
 * Edits are taken in place.
 */
export class SearchIndex {
  private readonly texts: string[]
  private wordIndex: WordIndex | undefined
  private builder: WordIndexBuilder | undefined
  private readonly containing = new Map<string, Uint32Array>()
  private readonly nearly = new Map<string, Uint32Array>()
  /** Positions whose text changed since the word index was built, with their words now. */
  private readonly edited = new Map<number, string[]>()
  private readonly exactHits: Uint16Array
  private readonly anyHits: Uint16Array

  constructor(texts: readonly string[]) {
    this.texts = [...texts]
    this.exactHits = new Uint16Array(texts.length)
    this.anyHits = new Uint16Array(texts.length)
  }

  /** Takes a position's new text (an edited record) without building anything again. */
  update(position: number, text: string): void {
    this.texts[position] = text
    this.containing.clear()
    if (this.builder || this.wordIndex) this.edited.set(position, text.split(/\s+/).filter(typoCandidate))
  }

  /**
   * Starts building the word index in the background, a few thousand texts per turn of the event
   * loop, so that it is ready by the time a term is long enough for typos (a search's first
   * keystrokes start it). A term that needs it sooner finishes it on the spot.
   */
  prepare(): void {
    if (this.builder || this.wordIndex) return
    const builder = (this.builder = new WordIndexBuilder(this.texts))
    const step = () => {
      if (this.builder !== builder) return
      builder.step(TEXTS_PER_STEP)
      if (builder.done) this.words()
      else setImmediate(step)
    }
    setImmediate(step)
  }

  /** The word index, finished now if it is not yet. */
  private words(): WordIndex {
    if (!this.wordIndex) {
      this.wordIndex = (this.builder ?? new WordIndexBuilder(this.texts)).finish()
      this.builder = undefined
    }
    return this.wordIndex
  }

  /** How many positions' texts changed since the word index was built. */
  get edits(): number {
    return this.edited.size
  }

  /** The positions whose text contains the term, narrowed from a shorter term's when remembered. */
  private positionsContaining(term: string): Uint32Array {
    const known = this.containing.get(term)
    if (known) return known
    let from: Uint32Array | undefined
    for (let cut = term.length - 1; cut > 0 && !from; cut -= 1) from = this.containing.get(term.slice(0, cut))
    const out: number[] = []
    const { texts } = this
    if (from) {
      for (const position of from) if ((texts[position] as string).includes(term)) out.push(position)
    } else {
      for (let position = 0; position < texts.length; position += 1)
        if ((texts[position] as string).includes(term)) out.push(position)
    }
    return remember(this.containing, term, Uint32Array.from(out))
  }

  /** The words that start within one typo of the term. */
  private wordsNearly(index: WordIndex, term: string): Uint32Array {
    const known = this.nearly.get(term)
    if (known) return known
    const out: number[] = []
    index.words.forEach((word, id) => {
      if (startsWithinOneEdit(term, word)) out.push(id)
    })
    return remember(this.nearly, term, Uint32Array.from(out))
  }

  /** The positions that match every term, as written or within a typo. */
  match(terms: readonly string[]): SearchMatch {
    const exactHits = this.exactHits.fill(0)
    const anyHits = this.anyHits.fill(0)
    terms.forEach((term, k) => {
      // hits[p] === k: position p has matched every term before this one.
      for (const position of this.positionsContaining(term)) {
        if (exactHits[position] === k) exactHits[position] = k + 1
        if (anyHits[position] === k) anyHits[position] = k + 1
      }
      if (!typoTolerant(term)) return
      const index = this.words()
      const { starts, postings } = index
      for (const word of this.wordsNearly(index, term)) {
        for (let n = starts[word] as number; n < (starts[word + 1] as number); n += 1) {
          const position = postings[n] as number
          if (anyHits[position] === k) anyHits[position] = k + 1
        }
      }
    })
    // An edited text's words are not in the word index: its typos are checked on the spot.
    for (const [position, words] of this.edited) {
      const text = this.texts[position] as string
      const has = (term: string) =>
        text.includes(term) || (typoTolerant(term) && words.some((word) => startsWithinOneEdit(term, word)))
      anyHits[position] = terms.every(has) ? terms.length : 0
    }
    return collect(exactHits, anyHits, terms.length)
  }
}

/** The positions with every term as written, and those with every term but some within a typo. */
function collect(exactHits: Uint16Array, anyHits: Uint16Array, all: number): SearchMatch {
  let exactCount = 0
  let approximateCount = 0
  for (let p = 0; p < exactHits.length; p += 1) {
    if (exactHits[p] === all) exactCount += 1
    else if (anyHits[p] === all) approximateCount += 1
  }
  const exact = new Uint32Array(exactCount)
  const approximate = new Uint32Array(approximateCount)
  let e = 0
  let a = 0
  for (let p = 0; p < exactHits.length; p += 1) {
    if (exactHits[p] === all) exact[e++] = p
    else if (anyHits[p] === all) approximate[a++] = p
  }
  return { exact, approximate }
}
