import { patternError } from '../constraints/patterns'
import { defineRule, type RuleHit } from './rule'

/** Checks of a property's own record: constraints that can be applied, labels in every dataset language. */
export const propertyRules = [
  defineRule({
    id: 'property.constraint-valid',
    kind: 'property',
    severity: 'error',
    message: 'The pattern “{pattern}” cannot be read: {reason}.',
    messages: {
      range: 'The minimum {minimum} is above the maximum {maximum}.',
      qualifier: 'The required qualifier “{id}” is not a property of this dataset.',
    },
    check: (property, context) => {
      const hits: RuleHit[] = []
      ;(property.constraints ?? []).forEach((constraint, index) => {
        const path = `/constraints/${index}`
        if (constraint.type === 'pattern') {
          const reason = patternError(constraint.pattern)
          if (reason)
            hits.push({
              path: `${path}/pattern`,
              params: { context: 'pattern', pattern: constraint.pattern, reason },
            })
        } else if (constraint.type === 'range') {
          const { minimum, maximum } = constraint
          if (minimum !== undefined && maximum !== undefined && minimum > maximum)
            hits.push({ path: `${path}/minimum`, params: { context: 'range', minimum, maximum } })
        } else if (constraint.type === 'required-qualifiers') {
          constraint.properties.forEach((id, i) => {
            if (!context.get('property', id))
              hits.push({ path: `${path}/properties/${i}`, params: { context: 'qualifier', id } })
          })
        }
      })
      return hits
    },
  }),
  defineRule({
    id: 'property.label-in-required-languages',
    kind: 'property',
    severity: 'suggestion',
    message: 'The dataset asks for labels in {language}; this property has none.',
    check: (property, context) =>
      context.manifest.languages
        .filter((language) => !property.label[language])
        .map((language) => ({ path: `/label/${language}`, params: { language } })),
  }),
]
