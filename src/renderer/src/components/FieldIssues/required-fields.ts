import type { EditableKind } from '../../hooks/useNavigation'

/**
 * The fields a record of each kind cannot be saved without (the schemas' `required` that a
 * curator fills in; ids, status and timestamps are the app's). A field whose `useField` paths
 * include one of these is marked with an asterisk before the first save.
 */
export const REQUIRED_FIELDS: Readonly<Record<EditableKind, ReadonlySet<string>>> = {
  site: new Set(['/name', '/category', '/criteria']),
  source: new Set(['/type', '/title']),
  statement: new Set(['/subject', '/property', '/value']),
  // A property's id is the curator's to give (P-style ids are not generated).
  property: new Set(['/id', '/label', '/datatype']),
}
