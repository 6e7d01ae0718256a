import { describe, expect, it } from 'vitest'
import type { ValidationIssue } from '@shared/result'
import { bySeverity, mergeIssues, pointer, routeIssues, severityCount } from './issues'

const issue = (path: string, rule: string, extra: Partial<ValidationIssue> = {}): ValidationIssue => ({
  path,
  rule,
  message: `${rule} at ${path || 'the record'}`,
  severity: 'error',
  ...extra,
})

/** The fields of a statement form, as it passes them. */
const STATEMENT_FIELDS = ['/subject', '/property', '/value', '/references', '/references/0/source']

describe('issues routed onto the fields of a form', () => {
  it('puts each issue under its field, or the field that holds it', () => {
    const value = issue('/value/amount', 'schema.type')
    const property = issue('/property', 'integrity.property-exists')
    const { byField, unplaced } = routeIssues([value, property], STATEMENT_FIELDS)
    expect(byField).toEqual({ '/value': [value], '/property': [property] })
    expect(unplaced).toEqual([])
  })

  it('chooses the longest field path that holds the issue', () => {
    const source = issue('/references/0/source', 'integrity.source-exists')
    const quote = issue('/references/0/quote', 'schema.maxLength')
    const second = issue('/references/1/source', 'integrity.source-exists')
    const { byField } = routeIssues([source, quote, second], STATEMENT_FIELDS)
    expect(byField).toEqual({ '/references/0/source': [source], '/references': [quote, second] })
  })

  it('matches whole path segments: /name does not hold /names', () => {
    const names = issue('/names/0', 'schema.type')
    const zh = issue('/name/zh', 'site.name-in-required-languages', { severity: 'suggestion' })
    const { byField, unplaced } = routeIssues([names, zh], ['/name'])
    expect(byField).toEqual({ '/name': [zh] })
    expect(unplaced).toEqual([names])
  })

  it('leaves issues about the record, or about fields the form does not show, for the alert', () => {
    const record = issue('', 'integrity.no-dangling-reference')
    const hidden = issue('/notDuplicates/0', 'schema.pattern')
    const shown = issue('/subject/id', 'integrity.site-exists')
    // An empty field path would hold every issue: it claims none.
    const { byField, unplaced } = routeIssues([record, hidden, shown], ['', ...STATEMENT_FIELDS])
    expect(byField).toEqual({ '/subject': [shown] })
    expect(unplaced).toEqual([record, hidden])
  })

  it('lists an issue named by both the live check and a refused save once', () => {
    const live = issue('/property', 'integrity.property-exists')
    const saved = { ...live }
    const other = issue('/property', 'integrity.value-matches-datatype')
    expect(mergeIssues([live], [saved, other])).toEqual([live, other])
    expect(routeIssues([live, saved, other], STATEMENT_FIELDS).byField).toEqual({
      '/property': [live, other],
    })
  })

  it('keeps two issues of one rule at one path apart when their messages differ', () => {
    const a = issue('/value', 'schema.type', { message: 'must be a number' })
    const b = issue('/value', 'schema.type', { message: 'must be a string' })
    expect(mergeIssues([a], [b])).toEqual([a, b])
  })
})

describe('issues in order of severity', () => {
  it('puts errors first, then warnings, then suggestions, and acknowledged warnings after open ones', () => {
    const suggestion = issue('/a', 'r1', { severity: 'suggestion' })
    const acknowledged = issue('/b', 'r2', {
      severity: 'warning',
      acknowledged: { reason: 'Serial site', by: 'Lin', at: '2026-01-01T00:00:00Z' },
    })
    const warning = issue('/c', 'r3', { severity: 'warning' })
    const error = issue('/d', 'r4', { severity: 'error' })
    const input = [suggestion, acknowledged, warning, error]
    expect(bySeverity(input)).toEqual([error, warning, acknowledged, suggestion])
    // A copy: the list it was given is left as it was.
    expect(input).toEqual([suggestion, acknowledged, warning, error])
  })

  it('keeps the given order within one severity', () => {
    const first = issue('/a', 'r1', { severity: 'warning' })
    const second = issue('/b', 'r2', { severity: 'warning' })
    expect(bySeverity([first, second])).toEqual([first, second])
    expect(bySeverity([second, first])).toEqual([second, first])
  })
})

describe('issue counts and paths', () => {
  it('counts in words, singular and plural', () => {
    expect(severityCount('error', 1)).toBe('1 error')
    expect(severityCount('warning', 3)).toBe('3 warnings')
    expect(severityCount('suggestion', 0)).toBe('0 suggestions')
    expect(severityCount('error', 12345)).toBe('12,345 errors')
  })

  it('joins a record path and a field as a JSON pointer', () => {
    expect(pointer('/references', 0, 'quote')).toBe('/references/0/quote')
    expect(pointer('/name', 'zh')).toBe('/name/zh')
    expect(pointer('', '/location', 'latitude')).toBe('/location/latitude')
    expect(pointer('/qualifiers', 2)).toBe('/qualifiers/2')
  })
})
