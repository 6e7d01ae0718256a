import type { RecordOf } from '@shared/domain'
import { fieldLabel } from '@shared/field-labels'
import { identifierFields } from '@shared/identifiers'
import { fieldKey } from '../constraints/uniqueness-index'
import { uniquenessOf } from '../constraints/uniqueness-of'
import { wholeValuePattern } from '../constraints/patterns'
import { recordText } from '../constraints/value-key'
import { defineRule, type RuleHit } from './rule'

type IdentifiedKind = 'site' | 'source'

/** The identifier fields of a record that hold a value, with the value. */
function filledIdentifiers(kind: IdentifiedKind, record: RecordOf[IdentifiedKind]) {
  return identifierFields(kind).flatMap((entry) => {
    const value = (record as unknown as Record<string, unknown>)[entry.field]
    return value === undefined || value === '' ? [] : [{ entry, value: value as string | number }]
  })
}

/** The same UNESCO id, Wikidata item, DOI, ISBN or URL on two records: each names the other. */
function uniqueIdentifier(kind: IdentifiedKind) {
  return defineRule({
    id: 'constraint.unique',
    kind,
    severity: 'error',
    message: '{field} {value} is already used by “{other}”.',
    check: (record, context) => {
      const hits: RuleHit[] = []
      for (const { entry, value } of filledIdentifiers(kind, record)) {
        const unique = entry.constraints.find((c) => c.type === 'unique')
        if (!unique) continue
        const other = uniquenessOf(context).otherHolder(fieldKey(kind, entry, value), record.id)
        const holder = other === undefined ? undefined : context.get(kind, other)
        if (!holder) continue
        const label = recordText(kind, holder, context)
        const path = `/${entry.field}`
        hits.push({
          path,
          severity: unique.severity,
          params: { context: 'field', field: fieldLabel(path), value, other: label },
          related: { kind, id: holder.id, label },
        })
      }
      return hits
    },
  })
}

/** An identifier that does not have its form (an ISBN with a digit too many). */
function identifierForm(kind: IdentifiedKind) {
  return defineRule({
    id: 'constraint.pattern',
    kind,
    severity: 'warning',
    message: '{field} “{value}” is not in the form it should have.',
    check: (record) => {
      const hits: RuleHit[] = []
      for (const { entry, value } of filledIdentifiers(kind, record)) {
        for (const constraint of entry.constraints) {
          if (constraint.type !== 'pattern') continue
          if (wholeValuePattern(constraint.pattern)?.test(String(value)) !== false) continue
          const path = `/${entry.field}`
          hits.push({
            path,
            severity: constraint.severity,
            params: { context: 'field', field: fieldLabel(path), value },
          })
        }
      }
      return hits
    },
  })
}

export const identifierRules = [
  uniqueIdentifier('site'),
  uniqueIdentifier('source'),
  identifierForm('site'),
  identifierForm('source'),
]
