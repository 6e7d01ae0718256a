import type { ErrorObject } from 'ajv'
import type { ValidationIssue } from '@shared/result'
import { escapePointer, fieldLabel } from '@shared/field-labels'

/**
 * Known patterns, by what they describe, so the message can say what is expected. The key is sent
 * as the issue's `hint` param so the renderer can say the same in the interface language.
 */
const PATTERN_HINTS: Record<string, { key: string; text: string }> = {
  '^[A-Z]{2}$': { key: 'country', text: 'a two-letter ISO 3166-1 country code in capitals, such as CN' },
  '^[a-z0-9][a-z0-9-]{0,63}$': {
    key: 'id',
    text: 'lower-case letters, digits and hyphens, such as whc-1110',
  },
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': { key: 'language', text: 'a language tag such as en, zh or zh-Hant' },
  '^Q[1-9][0-9]*$': { key: 'item', text: 'a Wikidata item id such as Q12345' },
  '^P[1-9][0-9]*$': { key: 'property', text: 'a Wikidata property id such as P585' },
  '^https?://': { key: 'web', text: 'a web address starting with http:// or https://' },
}
const OTHER_PATTERN = { key: 'other', text: 'another form' }

function quote(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value)
}

/** A message and the values in it (`params`), so the renderer can say it in the interface language. */
type Described = { message: string; params?: Record<string, string | number> }

/**
 * The criteria check has four wordings; `case` says which (the renderer looks up
 * `criteria-match-category_<case>`, an i18next context).
 */
function criterionMessage(error: ErrorObject): Described | undefined {
  const branch = /#\/allOf\/(\d)\/then/.exec(error.schemaPath)?.[1]
  const criterion = String(error.data)
  if (branch === '0' && error.keyword === 'enum') {
    return {
      message: `Criterion (${criterion}) is a natural criterion; a cultural site takes (i) to (vi).`,
      params: { context: 'natural-on-cultural', criterion },
    }
  }
  if (branch === '1' && error.keyword === 'enum') {
    return {
      message: `Criterion (${criterion}) is a cultural criterion; a natural site takes (vii) to (x).`,
      params: { context: 'cultural-on-natural', criterion },
    }
  }
  if (branch === '2' && error.keyword === 'contains') {
    const cultural = (error.parentSchema as { contains?: { enum?: string[] } }).contains?.enum?.includes('i')
    return cultural
      ? {
          message: 'A mixed site needs at least one cultural criterion, (i) to (vi).',
          params: { context: 'mixed-needs-cultural' },
        }
      : {
          message: 'A mixed site needs at least one natural criterion, (vii) to (x).',
          params: { context: 'mixed-needs-natural' },
        }
  }
  return undefined
}

function typeText(type: string): string {
  return type === 'integer' ? 'a whole number' : type === 'string' ? 'text' : `a ${type}`
}

function formatText(format: string): string {
  if (format === 'uri') return 'a full web address, such as https://whc.unesco.org/en/list/'
  return `a ${format === 'date-time' ? 'date and time' : format}`
}

function describe(error: ErrorObject, label: string): Described {
  const p = error.params as Record<string, unknown>
  const limit = Number(p.limit)
  switch (error.keyword) {
    case 'required':
      return { message: `${fieldLabel(`/${String(p.missingProperty)}`)} is required.` }
    case 'additionalProperties':
      return { message: `${quote(p.additionalProperty)} is not a field of this record.` }
    case 'type':
      return { message: `${label} must be ${typeText(String(p.type))}.`, params: { type: String(p.type) } }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).join(', ')
      const value = quote(error.data)
      return {
        message: `${value} is not allowed for ${label}; choose one of ${allowed}.`,
        params: { value, allowed },
      }
    }
    case 'const': {
      const value = quote(p.allowedValue)
      return { message: `${label} must be ${value}.`, params: { value } }
    }
    case 'pattern': {
      const hint = PATTERN_HINTS[String(p.pattern)] ?? OTHER_PATTERN
      const value = quote(error.data)
      return {
        message: `${value} is not valid for ${label}: expected ${hint.text}.`,
        params: { value, hint: hint.key },
      }
    }
    case 'format':
      return {
        message: `${label} must be ${formatText(String(p.format))}.`,
        params: { format: String(p.format) },
      }
    case 'minimum':
    case 'exclusiveMinimum': {
      const value = String(error.data)
      return { message: `${label} must be at least ${limit}; it is ${value}.`, params: { limit, value } }
    }
    case 'maximum':
    case 'exclusiveMaximum': {
      const value = String(error.data)
      return { message: `${label} must be at most ${limit}; it is ${value}.`, params: { limit, value } }
    }
    case 'minLength':
      return { message: `${label} must not be empty.` }
    case 'maxLength':
      return { message: `${label} is too long: at most ${limit} characters.`, params: { limit } }
    case 'minItems':
      // `count` so the renderer picks the plural form ("1 entry", "2 entries").
      return {
        message: `${label} needs at least ${limit} ${limit === 1 ? 'entry' : 'entries'}.`,
        params: { count: limit },
      }
    case 'maxItems':
      return { message: `${label} takes at most ${limit} entries.`, params: { limit } }
    case 'minProperties':
      return { message: `${label} needs at least one language.` }
    case 'uniqueItems':
      return { message: `${label} lists the same entry twice.` }
    case 'propertyNames':
      return { message: `${label} has a key that is not a language tag such as en or zh.` }
    case 'anyOf':
    case 'oneOf':
      return { message: `${label} is incomplete or has the wrong shape.` }
    case 'discriminator': {
      const value = quote(p.tagValue ?? p.tag)
      return { message: `${label} has an unknown kind ${value}.`, params: { value } }
    }
    default:
      // ajv's own English words: the renderer has nothing to say them again from.
      return { message: `${label} is not valid (${error.message ?? error.keyword}).` }
  }
}

function pathOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>
  if (error.keyword === 'required') return `${error.instancePath}/${escapePointer(String(p.missingProperty))}`
  if (error.keyword === 'additionalProperties') {
    return `${error.instancePath}/${escapePointer(String(p.additionalProperty))}`
  }
  if (error.keyword === 'propertyNames' && typeof p.propertyName === 'string') {
    return `${error.instancePath}/${escapePointer(p.propertyName)}`
  }
  return error.instancePath
}

/**
 * Turns ajv's errors into issues a curator can act on: each names the field (JSON pointer) and
 * says in plain words what is wrong and what is expected.
 */
export function toIssues(errors: ErrorObject[]): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    // `if` failures only say which branch applied; the `then` errors carry the substance.
    if (error.keyword === 'if') continue
    // `contains` reports every item that did not match; the `contains` error itself says what is missing.
    if (error.schemaPath.includes('/contains/')) continue
    // A propertyNames failure is reported twice by ajv: once for the name, once for the keyword.
    if (error.keyword === 'pattern' && error.propertyName !== undefined) continue
    const path = pathOf(error)
    const criterion = path.startsWith('/criteria') ? criterionMessage(error) : undefined
    const { message, params } = criterion ?? describe(error, fieldLabel(path))
    const rule = criterion ? 'site.criteria-match-category' : `schema.${error.keyword}`
    const key = `${path}\u0000${message}`
    if (seen.has(key)) continue
    seen.add(key)
    issues.push({ path, message, rule, severity: 'error', ...(params && { params }) })
  }
  return issues
}
