import type { ValidationIssue } from '../../../shared/result'

/** Validation issues sorted onto the fields a form shows; the rest go in an alert. */
export interface RoutedIssues {
  /** Messages keyed by the field path they belong to (one of the paths the form passed). */
  byField: Record<string, string>
  /** Issues about the record itself, or about fields this form does not show. */
  unplaced: ValidationIssue[]
}

function covers(fieldPath: string, issuePath: string): boolean {
  return issuePath === fieldPath || issuePath.startsWith(`${fieldPath}/`)
}

/**
 * Puts each issue under the field whose path is the longest prefix of the issue's JSON
 * pointer: `/criteria/2` goes to the field `/criteria`, `/references/0/source` to the
 * field `/references/0/source`, `/name` (no name at all) to whatever field claims `/name`.
 */
export function routeIssues(issues: readonly ValidationIssue[], fieldPaths: readonly string[]): RoutedIssues {
  const messages: Record<string, string[]> = {}
  const unplaced: ValidationIssue[] = []
  for (const issue of issues) {
    let best: string | undefined
    for (const path of fieldPaths) {
      if (path !== '' && covers(path, issue.path) && (best === undefined || path.length > best.length))
        best = path
    }
    if (best === undefined) unplaced.push(issue)
    else if (!messages[best]?.includes(issue.message)) (messages[best] ??= []).push(issue.message)
  }
  const byField: Record<string, string> = {}
  for (const [path, list] of Object.entries(messages)) byField[path] = list.join(' ')
  return { byField, unplaced }
}

/** Joins a record path and a field, as a JSON pointer: `pointer('/references', 0, 'quote')`. */
export function pointer(...parts: Array<string | number>): string {
  return parts
    .map((part) => String(part).replace(/^\//, ''))
    .filter((part) => part !== '')
    .map((part) => `/${part}`)
    .join('')
}
