import type { Property, Statement } from '@shared/domain'
import { defineRule, type RuleContext } from './rule'

/** A qualifier says "point in time" by our property id or by Wikidata's P585. */
function isPointInTime(property: Property | undefined): boolean {
  return property?.id === 'point-in-time' || property?.wikidataProperty === 'P585'
}

function pointInTime(statement: Statement, context: RuleContext) {
  const qualifier = statement.qualifiers.find((q) => isPointInTime(context.get('property', q.property)))
  return qualifier?.value.type === 'time' ? qualifier.value : undefined
}

/**
 * Sessions of the World Heritage Committee meet in June or July: a count "as of" a date counts
 * the inscriptions of earlier years, and of that year only from August on.
 */
function inscribedBy(year: number, time: { time: string; precision: string }): boolean {
  const [, y, m] = /^[+-](\d+)(?:-(\d\d))?/.exec(time.time) ?? []
  const asOfYear = Number(y)
  const afterSession = time.precision !== 'year' && Number(m) >= 8
  return year < asOfYear || (year === asOfYear && afterSession)
}

export const statementRules = [
  defineRule({
    id: 'statement.citation-needed',
    kind: 'statement',
    severity: 'warning',
    message: 'Citation needed: this statement has no reference. Add the source it rests on.',
    check: (s) =>
      s.references.length === 0 && s.rank !== 'deprecated' ? [{ path: '/references', params: {} }] : [],
  }),
  defineRule({
    id: 'statement.preferred-needs-point-in-time',
    kind: 'statement',
    severity: 'warning',
    message:
      '“{property}” changes over time: a preferred value needs a point-in-time qualifier saying when it held.',
    check: (s, context) => {
      const property = context.get('property', s.property)
      if (s.rank !== 'preferred' || !property?.expectsPointInTime || pointInTime(s, context)) return []
      return [{ path: '/qualifiers', params: { property: property.label.en ?? property.id } }]
    },
  }),
  defineRule({
    id: 'statement.site-count-matches-records',
    kind: 'statement',
    severity: 'warning',
    message:
      'This statement counts {claimed} sites for {country} as of {date}, but the dataset has {actual} site records of {country} inscribed by then.',
    check: (s, context) => {
      const property = context.get('property', s.property)
      const when = pointInTime(s, context)
      if (!property?.checksSiteCount || s.subject.kind !== 'country' || s.value.type !== 'quantity' || !when)
        return []
      const country = s.subject.code
      let actual = 0
      for (const site of context.all('site')) {
        if (
          site.statesParties.includes(country) &&
          site.yearInscribed &&
          inscribedBy(site.yearInscribed, when)
        )
          actual += 1
      }
      if (actual === s.value.amount) return []
      return [
        {
          path: '/value/amount',
          params: { claimed: s.value.amount, country, date: when.time.slice(1), actual },
        },
      ]
    },
  }),
]
