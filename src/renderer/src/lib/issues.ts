import type { Severity, ValidationIssue } from '@shared/result'

/** Validation issues sorted onto the fields a form shows; the rest go in an alert. */
export interface RoutedIssues {
  /** Issues keyed by the field path they belong to (one of the paths the form passed). */
  byField: Record<string, ValidationIssue[]>
  /** Issues about the record itself, or about fields this form does not show. */
  unplaced: ValidationIssue[]
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  suggestion: 'Suggestion',
}

/** Error red, warning orange, suggestion blue: the colours every issue is shown in. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  error: 'red',
  warning: 'orange',
  suggestion: 'blue',
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'suggestion']

/** "1 error", "3 warnings". */
export function severityCount(severity: Severity, count: number): string {
  const noun = SEVERITY_LABELS[severity].toLowerCase()
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`
}

function covers(fieldPath: string, issuePath: string): boolean {
  return issuePath === fieldPath || issuePath.startsWith(`${fieldPath}/`)
}

function issueKey(issue: ValidationIssue): string {
  return `${issue.path}\u0000${issue.rule}\u0000${issue.message}`
}

/** The issues of several lists, each once (a live check and a refused save often name the same). */
export function mergeIssues(...lists: ReadonlyArray<readonly ValidationIssue[]>): ValidationIssue[] {
  const seen = new Map<string, ValidationIssue>()
  for (const list of lists)
    for (const issue of list) if (!seen.has(issueKey(issue))) seen.set(issueKey(issue), issue)
  return [...seen.values()]
}

/**
 * Puts each issue under the field whose path is the longest prefix of the issue's JSON
 * pointer: `/criteria/2` goes to the field `/criteria`, `/references/0/source` to the
 * field `/references/0/source`, `/name` (no name at all) to whatever field claims `/name`.
 */
export function routeIssues(issues: readonly ValidationIssue[], fieldPaths: readonly string[]): RoutedIssues {
  const byField: Record<string, ValidationIssue[]> = {}
  const unplaced: ValidationIssue[] = []
  for (const issue of mergeIssues(issues)) {
    let best: string | undefined
    for (const path of fieldPaths) {
      if (path !== '' && covers(path, issue.path) && (best === undefined || path.length > best.length))
        best = path
    }
    if (best === undefined) unplaced.push(issue)
    else (byField[best] ??= []).push(issue)
  }
  return { byField, unplaced }
}

/** Errors first, then warnings, then suggestions; acknowledged warnings after open ones. */
export function bySeverity(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const rank = (issue: ValidationIssue) =>
    SEVERITY_ORDER.indexOf(issue.severity) * 2 + (issue.acknowledged ? 1 : 0)
  return [...issues].sort((a, b) => rank(a) - rank(b))
}

/** Joins a record path and a field, as a JSON pointer: `pointer('/references', 0, 'quote')`. */
export function pointer(...parts: Array<string | number>): string {
  return parts
    .map((part) => String(part).replace(/^\//, ''))
    .filter((part) => part !== '')
    .map((part) => `/${part}`)
    .join('')
}
