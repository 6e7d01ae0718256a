import type { ErrorObject } from 'ajv'
import type { ValidationIssue } from '../../shared/result'
import { escapePointer, fieldLabel } from '../../shared/field-labels'

/** Known patterns, by what they describe, so the message can say what is expected. */
const PATTERN_HINTS: Record<string, string> = {
  '^[A-Z]{2}$': 'a two-letter ISO 3166-1 country code in capitals, such as CN',
  '^[a-z0-9][a-z0-9-]{0,63}$': 'lower-case letters, digits and hyphens, such as whc-1110',
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'a language tag such as en, zh or zh-Hant',
  '^Q[1-9][0-9]*$': 'a Wikidata item id such as Q12345',
  '^P[1-9][0-9]*$': 'a Wikidata property id such as P585',
  '^https?://': 'a web address starting with http:// or https://',
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value)
}

function criterionMessage(error: ErrorObject): string | undefined {
  const branch = /#\/allOf\/(\d)\/then/.exec(error.schemaPath)?.[1]
  if (branch === '0' && error.keyword === 'enum') {
    return `Criterion (${String(error.data)}) is a natural criterion; a cultural site takes (i) to (vi).`
  }
  if (branch === '1' && error.keyword === 'enum') {
    return `Criterion (${String(error.data)}) is a cultural criterion; a natural site takes (vii) to (x).`
  }
  if (branch === '2' && error.keyword === 'contains') {
    const cultural = (error.parentSchema as { contains?: { enum?: string[] } }).contains?.enum?.includes('i')
    return cultural
      ? 'A mixed site needs at least one cultural criterion, (i) to (vi).'
      : 'A mixed site needs at least one natural criterion, (vii) to (x).'
  }
  return undefined
}

function describe(error: ErrorObject, label: string): string {
  const p = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return `${fieldLabel(`/${String(p.missingProperty)}`)} is required.`
    case 'additionalProperties':
      return `${quote(p.additionalProperty)} is not a field of this record.`
    case 'type':
      return `${label} must be ${p.type === 'integer' ? 'a whole number' : p.type === 'string' ? 'text' : `a ${String(p.type)}`}.`
    case 'enum':
      return `${quote(error.data)} is not allowed for ${label}; choose one of ${(p.allowedValues as unknown[]).join(', ')}.`
    case 'const':
      return `${label} must be ${quote(p.allowedValue)}.`
    case 'pattern':
      return `${quote(error.data)} is not valid for ${label}: expected ${PATTERN_HINTS[String(p.pattern)] ?? 'another form'}.`
    case 'format':
      return p.format === 'uri'
        ? `${label} must be a full web address, such as https://whc.unesco.org/en/list/.`
        : `${label} must be a ${p.format === 'date-time' ? 'date and time' : String(p.format)}.`
    case 'minimum':
    case 'exclusiveMinimum':
      return `${label} must be at least ${String(p.limit)}; it is ${String(error.data)}.`
    case 'maximum':
    case 'exclusiveMaximum':
      return `${label} must be at most ${String(p.limit)}; it is ${String(error.data)}.`
    case 'minLength':
      return `${label} must not be empty.`
    case 'maxLength':
      return `${label} is too long: at most ${String(p.limit)} characters.`
    case 'minItems':
      return `${label} needs at least ${String(p.limit)} ${p.limit === 1 ? 'entry' : 'entries'}.`
    case 'maxItems':
      return `${label} takes at most ${String(p.limit)} entries.`
    case 'minProperties':
      return `${label} needs at least one language.`
    case 'uniqueItems':
      return `${label} lists the same entry twice.`
    case 'propertyNames':
      return `${label} has a key that is not a language tag such as en or zh.`
    case 'anyOf':
    case 'oneOf':
      return `${label} is incomplete or has the wrong shape.`
    case 'discriminator':
      return `${label} has an unknown kind ${quote(p.tagValue ?? p.tag)}.`
    default:
      return `${label} is not valid (${error.message ?? error.keyword}).`
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
    const message = criterion ?? describe(error, fieldLabel(path))
    const rule = criterion ? 'site.criteria-match-category' : `schema.${error.keyword}`
    const key = `${path}\u0000${message}`
    if (seen.has(key)) continue
    seen.add(key)
    issues.push({ path, message, rule, severity: 'error' })
  }
  return issues
}
