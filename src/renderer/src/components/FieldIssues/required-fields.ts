import type { EditableKind } from '@renderer/hooks/useNavigation'

/**
 * The fields a record of each kind cannot be saved without (the schemas' `required` that a
 * curator fills in; ids, status and timestamps are the app's). A field whose `useField` paths
 * include one of these is marked with an asterisk before the first save.
 */
export const REQUIRED_FIELDS: Readonly<Record<EditableKind, ReadonlySet<string>>> = {
  site: new Set(['/name', '/category', '/criteria']),
  source: new Set(['/type', '/title']),
  statement: new Set(['/subject', '/property', '/value']),
  // A label in at least one language (the first label field is marked), the datatype, the id.
  property: new Set(['/label', '/datatype', '/id']),
}
