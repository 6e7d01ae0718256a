/**
 * Statements about China drawn from the Xinhua article of 2024-06-12. Each cites the sentence or
 * clause it rests on, copied verbatim so a reviewer can find it in the article (the build and the
 * test both check that). They stay "in-review": a news report, not the List itself, says them.
 */
import type { Qualifier, Statement, Value } from '@shared/domain'
import { TIMESTAMPS, XINHUA_SOURCE } from './common'

const CHINA = { kind: 'country', code: 'CN' } as const

/** Lin Jian spoke at the briefing of Tuesday 11 June 2024: the counts and ranks held that day. */
const AS_OF_BRIEFING: Qualifier = {
  property: 'point-in-time',
  value: { type: 'time', time: '+2024-06-11', precision: 'day' },
}

/** Lin Jian's words, as the article quotes them. */
const QUOTE_COUNT_AND_RANK = 'We now have 57 world heritage sites, ranking second in the world'
const QUOTE_NATURAL_AND_MIXED =
  "have the world's largest number of world natural heritage sites as well as cultural and natural heritage sites"
const QUOTE_CONVENTION =
  'Since joining the Convention Concerning the Protection of the World Cultural and Natural Heritage in 1985'
const QUOTE_HOSTED =
  'China twice hosted the World Heritage Convention and chaired the World Heritage Committee.'

interface Claim {
  property: string
  value: Value
  quote: string
  /** Counts and ranks that hold at a date carry the date and are preferred as the current value. */
  asOf?: Qualifier
  reviewNote?: string
}

function statement(id: string, claim: Claim): Statement {
  return {
    id,
    subject: CHINA,
    property: claim.property,
    value: claim.value,
    qualifiers: claim.asOf ? [claim.asOf] : [],
    references: [{ source: XINHUA_SOURCE, quote: claim.quote }],
    rank: claim.asOf ? 'preferred' : 'normal',
    status: 'in-review',
    ...(claim.reviewNote ? { reviewNote: claim.reviewNote } : {}),
    ...TIMESTAMPS,
  }
}

const count = (amount: number): Value => ({ type: 'quantity', amount })

export const STATEMENTS: Statement[] = [
  statement('stmt-cn-world-heritage-site-count-2024', {
    property: 'world-heritage-site-count',
    value: count(57),
    quote: QUOTE_COUNT_AND_RANK,
    asOf: AS_OF_BRIEFING,
    reviewNote: 'Two more sites were inscribed in July 2024 (whc-1638, whc-1714): 59 since then.',
  }),
  statement('stmt-cn-world-heritage-rank-2024', {
    property: 'world-heritage-rank',
    value: count(2),
    quote: QUOTE_COUNT_AND_RANK,
    asOf: AS_OF_BRIEFING,
  }),
  statement('stmt-cn-natural-heritage-rank-2024', {
    property: 'natural-heritage-rank',
    value: count(1),
    quote: QUOTE_NATURAL_AND_MIXED,
    asOf: AS_OF_BRIEFING,
  }),
  statement('stmt-cn-mixed-heritage-rank-2024', {
    property: 'mixed-heritage-rank',
    value: count(1),
    quote: QUOTE_NATURAL_AND_MIXED,
    asOf: AS_OF_BRIEFING,
    reviewNote:
      "On UNESCO's list as of June 2024, China and Australia have four mixed sites each: the first rank is shared.",
  }),
  statement('stmt-cn-party-to-convention-since', {
    property: 'party-to-convention-since',
    value: { type: 'time', time: '+1985', precision: 'year' },
    quote: QUOTE_CONVENTION,
  }),
  statement('stmt-cn-committee-sessions-hosted-2024', {
    property: 'committee-sessions-hosted',
    value: count(2),
    quote: QUOTE_HOSTED,
    asOf: AS_OF_BRIEFING,
    reviewNote:
      'The article says China "twice hosted the World Heritage Convention"; a convention is not hosted, so ' +
      'this reads it as sessions of the World Heritage Committee (to check: the 28th, Suzhou 2004, and the ' +
      'extended 44th, Fuzhou 2021).',
  }),
]
