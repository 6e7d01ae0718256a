import type { Property } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import type { RuleContext } from '../validation/rules'

/** Statements that use each property, as their property or a qualifier's (each statement once per property). */
export function propertyUsage(store: Pick<RuleContext, 'all'>): Record<string, number> {
  const usage: Record<string, number> = {}
  for (const s of store.all('statement')) {
    const used = new Set([s.property, ...s.qualifiers.map((q) => q.property)])
    for (const id of used) usage[id] = (usage[id] ?? 0) + 1
  }
  return usage
}

/**
 * A property's datatype cannot change while statements use it: their values would no longer fit
 * it, and a dataset whose values do not fit their properties does not open. The curator makes a
 * new property instead, and retires this one.
 */
export function datatypeChangeIssues(store: RuleContext, property: Property): ValidationIssue[] {
  const before = store.get('property', property.id)
  if (!before || before.datatype === property.datatype) return []
  const used = propertyUsage(store)[property.id] ?? 0
  if (used === 0) return []
  return [
    {
      path: '/datatype',
      rule: 'property.datatype-in-use',
      severity: 'error',
      message: `The datatype cannot change while ${used} statement${used === 1 ? '' : 's'} use this property: create a new property and retire this one.`,
      params: { count: used },
    },
  ]
}
