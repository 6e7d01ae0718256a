import type { ItemRef, Property } from './domain'

/**
 * Whether a property may be a statement's own property about this kind of subject: not a
 * qualifier-only property, not retired, and meant for that kind of subject. The statement form
 * offers only these; main suggests only these.
 */
export function offeredFor(property: Property, kind: ItemRef['kind']): boolean {
  return (
    !property.qualifierOnly && !property.retired && (!property.subjects || property.subjects.includes(kind))
  )
}
