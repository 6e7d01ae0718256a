/** The four kinds of record a dataset holds, in the order the app lists them. */
export type RecordKind = 'site' | 'source' | 'property' | 'statement'
export const RECORD_KINDS = [
  'site',
  'source',
  'property',
  'statement',
] as const satisfies readonly RecordKind[]
