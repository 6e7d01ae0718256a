import type { ReactNode } from 'react'
import { issuesAt, useFormIssues } from './form-issues'
import { ErrorLines, IssueList } from './IssueList'

/** What a Mantine input needs to show its issues and to be found by its path. */
export interface FieldIssueProps {
  error?: ReactNode
  inputContainer?: (children: ReactNode) => ReactNode
  wrapperProps: { 'data-path': string }
  /** A field the record cannot be saved without: the label carries an asterisk from the start. */
  withAsterisk?: boolean
}

/**
 * `field('/yearInscribed')`: spread on a Mantine input. Errors go in its error slot (red, and
 * `aria-invalid`); warnings and suggestions are listed under the input; `data-path` on the
 * wrapper lets the Problems panel find and focus the field. More paths add their issues too.
 * A required field (any of its paths in the form's `required`) is marked with an asterisk.
 */
export function useField(): (path: string, ...more: string[]) => FieldIssueProps {
  const issues = useFormIssues()
  return (path, ...more) => {
    const all = issuesAt(issues, [path, ...more])
    const errors = all.filter((issue) => issue.severity === 'error')
    const notes = all.filter((issue) => issue.severity !== 'error')
    const required = [path, ...more].some((each) => issues.required?.has(each) ?? false)
    return {
      ...(required ? { withAsterisk: true } : {}),
      error: errors.length > 0 ? <ErrorLines issues={errors} /> : undefined,
      inputContainer:
        notes.length > 0
          ? (children) => (
              <>
                {children}
                <IssueList issues={notes} />
              </>
            )
          : undefined,
      wrapperProps: { 'data-path': path },
    }
  }
}

/** A field that is not one Mantine input (a switch, a list of rows): its path and all its issues. */
export function FieldBlock({
  path,
  more = [],
  children,
}: {
  path: string
  more?: string[]
  children: ReactNode
}) {
  const issues = useFormIssues()
  return (
    <div data-path={path}>
      {children}
      <IssueList issues={issuesAt(issues, [path, ...more])} />
    </div>
  )
}
