/**
 * The constraints a property declares (schemas/property.schema.json), checked on every statement
 * that uses it, with the severity the property gives each: the Wikibase constraints a curator
 * knows (distinct values, single value, subject type, range, format, required qualifiers), and
 * the property's own scope (qualifier only, retired).
 */
import type { Property, Statement, Value } from '@shared/domain'
import type { Constraint } from '@shared/identifiers'
import { singleValueKey, uniqueValueKey, countsForConstraints } from '../constraints/uniqueness-index'
import { uniquenessOf } from '../constraints/uniqueness-of'
import { wholeValuePattern } from '../constraints/patterns'
import { itemText, propertyText, valueText } from '../constraints/value-key'
import { defineRule, type RuleContext, type RuleHit } from './rule'

function constraintsOf<T extends Constraint['type']>(property: Property | undefined, type: T) {
  return (property?.constraints ?? []).filter((c): c is Extract<Constraint, { type: T }> => c.type === type)
}

/** The statement's property, and what messages call it. */
function mainProperty(s: Statement, context: RuleContext) {
  const property = context.get('property', s.property)
  return { property, name: propertyText(property, s.property) }
}

/** The other statement a message names, with what to call it: its subject. */
function otherStatement(id: string | undefined, context: RuleContext) {
  const other = id === undefined ? undefined : context.get('statement', id)
  if (!other) return undefined
  const label = itemText(other.subject, context)
  return { other, related: { kind: 'statement' as const, id: other.id, label } }
}

/** The year of a Wikibase time: "+2024-06-11" is 2024, "-0221" is -221. */
const yearOf = (time: string) => Number(/^([+-]\d+)/.exec(time)?.[1] ?? NaN)

/** A value's number for a range (quantities, and the year of dates), with the path it sits at. */
function rangeNumber(value: Value, base: string): { number: number; path: string } | undefined {
  if (value.type === 'quantity') return { number: value.amount, path: `${base}/amount` }
  if (value.type === 'time') return { number: yearOf(value.time), path: `${base}/time` }
  return undefined
}

/** A value's text for a pattern (strings, monolingual text, URLs), with the path it sits at. */
function patternText(value: Value, base: string): { text: string; path: string } | undefined {
  if (value.type === 'string' || value.type === 'monolingual')
    return { text: value.text, path: `${base}/text` }
  if (value.type === 'url') return { text: value.url, path: `${base}/url` }
  return undefined
}

/** The statement's value and its qualifiers' values, each with its property and path. */
function valuesOf(s: Statement, context: RuleContext) {
  return [
    { value: s.value, propertyId: s.property, base: '/value' },
    ...s.qualifiers.map((q, i) => ({
      value: q.value,
      propertyId: q.property,
      base: `/qualifiers/${i}/value`,
    })),
  ].map((v) => ({ ...v, property: context.get('property', v.propertyId) }))
}

export const constraintRules = [
  defineRule({
    id: 'constraint.unique',
    kind: 'statement',
    severity: 'error',
    message: '“{property}” takes a value no other subject has, but {value} is also the value for “{other}”.',
    check: (s, context) => {
      const { property, name } = mainProperty(s, context)
      const [unique] = constraintsOf(property, 'unique')
      if (!unique || !countsForConstraints(s)) return []
      const found = otherStatement(
        uniquenessOf(context).otherHolder(uniqueValueKey(s, property), s.id),
        context,
      )
      if (!found) return []
      const value = valueText(s.value, context)
      const params = { context: 'statement', property: name, value, other: found.related.label }
      return [{ path: '/value', severity: unique.severity, params, related: found.related }]
    },
  }),
  defineRule({
    id: 'constraint.single-value',
    kind: 'statement',
    severity: 'error',
    message: '“{property}” takes one value per subject, and “{subject}” already has another: {other}.',
    check: (s, context) => {
      const { property, name } = mainProperty(s, context)
      const [single] = constraintsOf(property, 'single-value')
      if (!single || !countsForConstraints(s)) return []
      const found = otherStatement(uniquenessOf(context).otherHolder(singleValueKey(s), s.id), context)
      if (!found) return []
      const params = {
        property: name,
        subject: itemText(s.subject, context),
        other: valueText(found.other.value, context),
      }
      return [{ path: '/property', severity: single.severity, params, related: found.related }]
    },
  }),
  defineRule({
    id: 'constraint.allowed-subjects',
    kind: 'statement',
    severity: 'error',
    message: '“{property}” is not meant for this kind of subject.',
    messages: { category: '“{property}” is not meant for {category} sites.' },
    check: (s, context) => {
      const { property, name } = mainProperty(s, context)
      const hits: RuleHit[] = []
      for (const allowed of constraintsOf(property, 'allowed-subjects')) {
        if (property?.subjects && !property.subjects.includes(s.subject.kind)) {
          hits.push({
            path: '/subject',
            severity: allowed.severity,
            params: { context: 'kind', property: name },
          })
          continue
        }
        const site = s.subject.kind === 'site' ? context.get('site', s.subject.id) : undefined
        if (site && allowed.categories && !allowed.categories.includes(site.category)) {
          const params = { context: 'category', property: name, category: site.category }
          hits.push({ path: '/subject', severity: allowed.severity, params })
        }
      }
      return hits
    },
  }),
  defineRule({
    id: 'constraint.range',
    kind: 'statement',
    severity: 'error',
    message: '{value} is outside the range “{property}” allows: {minimum} to {maximum}.',
    messages: {
      'at-least': '“{property}” takes at least {minimum}; this is {value}.',
      'at-most': '“{property}” takes at most {maximum}; this is {value}.',
    },
    check: (s, context) => {
      const hits: RuleHit[] = []
      for (const { value, property, propertyId, base } of valuesOf(s, context)) {
        const found = rangeNumber(value, base)
        if (!found) continue
        for (const range of constraintsOf(property, 'range')) {
          const { minimum, maximum } = range
          const below = minimum !== undefined && found.number < minimum
          const above = maximum !== undefined && found.number > maximum
          if (!below && !above) continue
          const context = minimum === undefined ? 'at-most' : maximum === undefined ? 'at-least' : 'between'
          const params: Record<string, string | number> = {
            context,
            property: propertyText(property, propertyId),
            value: found.number,
            ...(minimum !== undefined ? { minimum } : {}),
            ...(maximum !== undefined ? { maximum } : {}),
          }
          hits.push({ path: found.path, severity: range.severity, params })
        }
      }
      return hits
    },
  }),
  defineRule({
    id: 'constraint.pattern',
    kind: 'statement',
    severity: 'error',
    message: '“{value}” is not in the form “{property}” requires.',
    check: (s, context) => {
      const hits: RuleHit[] = []
      for (const { value, property, propertyId, base } of valuesOf(s, context)) {
        const found = patternText(value, base)
        if (!found) continue
        for (const form of constraintsOf(property, 'pattern')) {
          if (wholeValuePattern(form.pattern)?.test(found.text) !== false) continue
          const params = {
            context: 'statement',
            property: propertyText(property, propertyId),
            value: found.text,
          }
          hits.push({ path: found.path, severity: form.severity, params })
        }
      }
      return hits
    },
  }),
  defineRule({
    id: 'constraint.required-qualifiers',
    kind: 'statement',
    severity: 'error',
    message: '“{property}” needs a “{qualifier}” qualifier.',
    check: (s, context) => {
      const { property, name } = mainProperty(s, context)
      const hits: RuleHit[] = []
      for (const required of constraintsOf(property, 'required-qualifiers')) {
        for (const id of required.properties) {
          if (s.qualifiers.some((q) => q.property === id)) continue
          const qualifier = propertyText(context.get('property', id), id)
          hits.push({
            path: '/qualifiers',
            severity: required.severity,
            params: { property: name, qualifier },
          })
        }
      }
      return hits
    },
  }),
  defineRule({
    id: 'constraint.qualifier-only',
    kind: 'statement',
    severity: 'error',
    message: '“{property}” is a qualifier: add it to another statement rather than make a statement of it.',
    check: (s, context) => {
      const { property, name } = mainProperty(s, context)
      return property?.qualifierOnly ? [{ path: '/property', params: { property: name } }] : []
    },
  }),
  defineRule({
    id: 'constraint.retired-property',
    kind: 'statement',
    severity: 'warning',
    message: '“{property}” is retired: move this statement to another property.',
    check: (s, context) => {
      const { property, name } = mainProperty(s, context)
      return property?.retired ? [{ path: '/property', params: { property: name } }] : []
    },
  }),
]
