import { foldForSearch } from './normalize'
import { startsWithinOneEdit } from './typo'

/** Terms of at least this many characters also match with one typo (Meilisearch's default). */
export const TYPO_FROM_LENGTH = 5

/** Token lists remembered per term: typing narrows one term many times. */
const REMEMBERED_TERMS = 24

/** The folded terms of a search: every one must match. */
export function searchTerms(search: string): string[] {
  return foldForSearch(search.trim()).split(/\s+/).filter(Boolean)
}

/** A term may match with a typo: long enough, and no digits (a number one off is another number). */
const typoTolerant = (term: string) => term.length >= TYPO_FROM_LENGTH && !/\d/.test(term)

/** A token a typo may reach: a word (no digits: not an id or a number), not too short. */
const typoCandidate = (token: string) => token.length >= TYPO_FROM_LENGTH - 1 && !/\d/.test(token)

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

/**
 * An inverted index over folded texts (one per record position): each distinct
 * whitespace-separated token, and the positions whose text has it. A term matches a text when
 * some token of it contains the term, which is exactly "the text contains the term" (terms hold
 * no spaces), so it finds what a scan of the texts found: names in every script, ids, codes.
 * A search looks through the distinct tokens, not every text, and narrows the tokens it found
 * for a shorter term as the curator types. A term of five letters or more also matches a token
 * that starts within one typo of it ("mogoa" finds "mogao"). Edits are taken in place.
 */
export class SearchIndex {
  private readonly vocabulary: string[] = []
  /** Postings: the positions of token t are `postings[starts[t]]` up to `postings[starts[t + 1]]`. */
  private readonly starts: Uint32Array
  private readonly postings: Uint32Array
  /** The tokens a typo may reach: without digits, long enough. */
  private readonly typoCandidates: Uint32Array
  private readonly containing = new Map<string, Uint32Array>()
  private readonly nearly = new Map<string, Uint32Array>()
  /** Positions whose text changed since the index was built, with their tokens now. */
  private readonly edited = new Map<number, string[]>()
  private exactHits: Uint16Array
  private anyHits: Uint16Array

  constructor(texts: readonly string[]) {
    const ids = new Map<string, number>()
    const tokenStarts = new Uint32Array(texts.length + 1)
    const tokens: number[] = []
    texts.forEach((text, position) => {
      tokenStarts[position] = tokens.length
      for (const token of text.split(/\s+/)) {
        if (!token) continue
        let id = ids.get(token)
        if (id === undefined) {
          id = this.vocabulary.length
          this.vocabulary.push(token)
          ids.set(token, id)
        }
        if (!tokens.includes(id, tokenStarts[position])) tokens.push(id)
      }
    })
    tokenStarts[texts.length] = tokens.length
    // Postings by counting sort: each token's positions ascending.
    this.starts = new Uint32Array(this.vocabulary.length + 1)
    for (const id of tokens) this.starts[id + 1] = (this.starts[id + 1] as number) + 1
    for (let t = 0; t < this.vocabulary.length; t += 1)
      this.starts[t + 1] = (this.starts[t + 1] as number) + (this.starts[t] as number)
    const next = this.starts.slice(0, this.vocabulary.length)
    this.postings = new Uint32Array(tokens.length)
    for (let position = 0; position < texts.length; position += 1) {
      for (let k = tokenStarts[position] as number; k < (tokenStarts[position + 1] as number); k += 1) {
        const id = tokens[k] as number
        this.postings[next[id] as number] = position
        next[id] = (next[id] as number) + 1
      }
    }
    const candidates: number[] = []
    this.vocabulary.forEach((token, id) => {
      if (typoCandidate(token)) candidates.push(id)
    })
    this.typoCandidates = Uint32Array.from(candidates)
    this.exactHits = new Uint16Array(texts.length)
    this.anyHits = new Uint16Array(texts.length)
  }

  /** Takes a position's new text (an edited record) without building the index again. */
  update(position: number, text: string): void {
    this.edited.set(position, text.split(/\s+/).filter(Boolean))
  }

  /** How many positions' texts changed since the index was built. */
  get edits(): number {
    return this.edited.size
  }

  /** The tokens that contain the term, narrowed from a shorter term's when one is remembered. */
  private tokensContaining(term: string): Uint32Array {
    const known = this.containing.get(term)
    if (known) return known
    let from: Uint32Array | undefined
    for (let cut = term.length - 1; cut > 0 && !from; cut -= 1) from = this.containing.get(term.slice(0, cut))
    const out: number[] = []
    if (from) {
      for (const id of from) if ((this.vocabulary[id] as string).includes(term)) out.push(id)
    } else {
      this.vocabulary.forEach((token, id) => {
        if (token.includes(term)) out.push(id)
      })
    }
    return remember(this.containing, term, Uint32Array.from(out))
  }

  /** The tokens that start within one typo of the term (those that contain it are left to the exact match). */
  private tokensNearly(term: string): Uint32Array {
    const known = this.nearly.get(term)
    if (known) return known
    const out: number[] = []
    for (const id of this.typoCandidates) {
      const token = this.vocabulary[id] as string
      if (!token.includes(term) && startsWithinOneEdit(term, token)) out.push(id)
    }
    return remember(this.nearly, term, Uint32Array.from(out))
  }

  /** Marks `hits[p] = k + 1` for the positions of the tokens that had every term before `k`. */
  private mark(hits: Uint16Array, tokens: Uint32Array, k: number): void {
    const { starts, postings } = this
    for (const id of tokens) {
      for (let n = starts[id] as number; n < (starts[id + 1] as number); n += 1) {
        const position = postings[n] as number
        if (hits[position] === k) hits[position] = k + 1
      }
    }
  }

  /** The positions that match every term, as written or within a typo. */
  match(terms: readonly string[]): SearchMatch {
    const exactHits = this.exactHits.fill(0)
    const anyHits = this.anyHits.fill(0)
    terms.forEach((term, k) => {
      const containing = this.tokensContaining(term)
      this.mark(exactHits, containing, k)
      this.mark(anyHits, containing, k)
      if (typoTolerant(term)) this.mark(anyHits, this.tokensNearly(term), k)
    })
    for (const [position, tokens] of this.edited) {
      const has = (term: string, typo: boolean) =>
        tokens.some(
          (token) =>
            token.includes(term) || (typo && typoCandidate(token) && startsWithinOneEdit(term, token)),
        )
      exactHits[position] = terms.every((term) => has(term, false)) ? terms.length : 0
      anyHits[position] = terms.every((term) => has(term, typoTolerant(term))) ? terms.length : 0
    }
    const all = terms.length
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
}
