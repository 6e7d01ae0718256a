/**
 * The built-in identifier fields, declared in one table: which record field, the constraints it
 * carries (the same shapes a property declares, see schemas/property.schema.json) and, where the
 * web has a page for each value, the URL pattern that links to it. Main checks the constraints;
 * the renderer shows the values as links. A new identifier field is one more row here.
 */
import type { Constraint } from './generated/property'

export type { Constraint }

export interface IdentifierField {
  kind: 'site' | 'source'
  /** The record field that holds the identifier. */
  field: 'unescoId' | 'wikidataId' | 'DOI' | 'ISBN' | 'URL'
  constraints: readonly Constraint[]
  /** A web address with `$1` where the value goes (Wikidata's "formatter URL"). */
  formatterUrl?: string
  /** The form two values are compared in: "10.1/ABC" and "10.1/abc" are one DOI. */
  normalize: (value: string) => string
}

const asIs = (value: string) => value.trim()

/** DOIs are case-insensitive, and are often written as a doi.org address. */
function normalizeDoi(value: string): string {
  return value
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '')
    .toLowerCase()
}

/** ISBNs are written with hyphens or spaces between their groups, or none. */
function normalizeIsbn(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase()
}

/** The scheme and host are case-insensitive; a fragment or a trailing slash names the same page. */
export function normalizeUrl(value: string): string {
  const text = value.trim().replace(/#.*$/, '')
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/i.exec(text)
  if (!match) return text
  const [, origin = '', rest = ''] = match
  return `${origin.toLowerCase()}${rest}`.replace(/\/+$/, '')
}

const IDENTIFIER_FIELDS: readonly IdentifierField[] = [
  {
    kind: 'site',
    field: 'unescoId',
    constraints: [{ type: 'unique', severity: 'error' }],
    formatterUrl: 'https://whc.unesco.org/en/list/$1',
    normalize: asIs,
  },
  {
    kind: 'site',
    field: 'wikidataId',
    constraints: [{ type: 'unique', severity: 'error' }],
    formatterUrl: 'https://www.wikidata.org/wiki/$1',
    normalize: asIs,
  },
  {
    kind: 'source',
    field: 'DOI',
    constraints: [{ type: 'unique', severity: 'error' }],
    formatterUrl: 'https://doi.org/$1',
    normalize: normalizeDoi,
  },
  {
    kind: 'source',
    field: 'ISBN',
    constraints: [
      { type: 'unique', severity: 'error' },
      // ISBN-10 (last digit may be X) or ISBN-13, with or without hyphens and spaces.
      { type: 'pattern', severity: 'warning', pattern: '(?:97[89][- ]?)?(?:[0-9][- ]?){9}[0-9Xx]' },
    ],
    normalize: normalizeIsbn,
  },
  {
    kind: 'source',
    field: 'URL',
    // A warning: one page cited twice (two visits, two quotes) is sometimes what the curator wants.
    constraints: [{ type: 'unique', severity: 'warning' }],
    normalize: normalizeUrl,
  },
]

/** The identifier fields of one kind of record. */
export function identifierFields(kind: string): readonly IdentifierField[] {
  return IDENTIFIER_FIELDS.filter((f) => f.kind === kind)
}

/**
 * The link for a value, from a formatter URL: `$1` replaced by the value, each path segment
 * percent-encoded (a DOI keeps its slash). Undefined when the result is not an http(s) address.
 */
export function formatIdentifierUrl(template: string, value: string | number): string | undefined {
  const text = String(value).trim()
  if (text === '' || !template.includes('$1')) return undefined
  const encoded = text.split('/').map(encodeURIComponent).join('/')
  const url = template.replaceAll('$1', encoded)
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined
}

/** The link for a record's identifier field, when the table knows a URL pattern for it. */
export function identifierUrl(kind: string, field: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const entry = IDENTIFIER_FIELDS.find((f) => f.kind === kind && f.field === field)
  return entry?.formatterUrl ? formatIdentifierUrl(entry.formatterUrl, String(value)) : undefined
}
