import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SearchIndex, TYPO_FROM_LENGTH } from './search-index'
import { startsWithinOneEdit } from './typo'

/** What the index must answer, by scanning every text (the search before the index). */
function scan(texts: readonly string[], terms: readonly string[]) {
  const tokens = texts.map((text) => text.split(/\s+/).filter(Boolean))
  const typo = (term: string) => term.length >= TYPO_FROM_LENGTH && !/\d/.test(term)
  const near = (term: string, token: string) =>
    token.length >= TYPO_FROM_LENGTH - 1 && !/\d/.test(token) && startsWithinOneEdit(term, token)
  const exact: number[] = []
  const approximate: number[] = []
  tokens.forEach((list, p) => {
    if (terms.every((term) => texts[p]?.includes(term))) exact.push(p)
    else if (terms.every((term) => list.some((t) => t.includes(term) || (typo(term) && near(term, t)))))
      approximate.push(p)
  })
  return { exact, approximate }
}

const word = fc.string({
  unit: fc.constantFrom('a', 'b', 'o', 'g', 'm', '1', '莫', '高'),
  minLength: 1,
  maxLength: 7,
})
const text = fc.array(word, { maxLength: 5 }).map((words) => words.join(' '))

describe('SearchIndex', () => {
  it('answers what a scan of the texts answers, exact matches apart from those within a typo', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 30 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 })),
        (texts, searches) => {
          const index = new SearchIndex(texts)
          for (const terms of searches) {
            const { exact, approximate } = index.match(terms)
            expect({ exact: [...exact], approximate: [...approximate] }).toEqual(scan(texts, terms))
          }
        },
      ),
    )
  })

  it('answers as a scan after texts are edited in place', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), text), { maxLength: 5 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 2 })),
        (texts, edits, searches) => {
          const index = new SearchIndex(texts)
          const now = [...texts]
          for (const [at, edited] of edits) {
            now[at % now.length] = edited
            index.update(at % now.length, edited)
          }
          for (const terms of searches) {
            const { exact, approximate } = index.match(terms)
            expect({ exact: [...exact], approximate: [...approximate] }).toEqual(scan(now, terms))
          }
        },
      ),
    )
  })

  it('answers as a scan when texts are edited while the word index is built in the background', async () => {
    const texts = fc.sample(text, { numRuns: 10_000, seed: 3 })
    const index = new SearchIndex(texts)
    const now = [...texts]
    const edit = (at: number, edited: string) => {
      now[at] = edited
      index.update(at, edited)
    }
    index.prepare()
    edit(9000, 'mogao caves')
    await new Promise((resolve) => setImmediate(resolve)) // one step of the build: 4,000 texts
    edit(100, 'bogam oggam')
    edit(9500, 'gamma 11')
    await new Promise((resolve) => setTimeout(resolve, 50)) // the build is done
    edit(200, 'ombgo')
    for (const terms of [['mogoa'], ['bogma'], ['obmgo'], ['gamma'], ['bgoam', 'ogga']]) {
      const { exact, approximate } = index.match(terms)
      expect({ exact: [...exact], approximate: [...approximate] }).toEqual(scan(now, terms))
    }
  })

  it('narrows as a term grows and widens back as it shrinks', () => {
    const index = new SearchIndex(['mogao caves', 'mount tai', 'temple of heaven', 'old town of lijiang'])
    const found = (term: string) => [...index.match([term]).exact]
    expect(['m', 'mo', 'mog', 'mo', 'o'].map(found)).toEqual([[0, 1, 2], [0, 1], [0], [0, 1], [0, 1, 2, 3]])
  })
})
