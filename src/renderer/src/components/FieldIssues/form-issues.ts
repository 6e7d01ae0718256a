import { createContext, useContext } from 'react'
import type { ValidationIssue } from '@shared/result'
import type { EditableKind } from '@renderer/hooks/useNavigation'

/** Where acknowledging a warning saves to, or why it cannot now. */
export interface AcknowledgeTarget {
  kind: EditableKind
  id: string
  /** Acknowledging saves the stored record: not while the form holds unsaved edits, nor read-only. */
  blockedReason?: string
}

/** The issues of one form, sorted onto its fields, for the fields to show under themselves. */
export interface FormIssues {
  byField: Readonly<Record<string, ValidationIssue[]>>
  /** Absent for a new record: there is nothing stored to acknowledge a warning on. */
  acknowledge?: AcknowledgeTarget
  /** The field paths a record cannot be saved without: marked with an asterisk before any save. */
  required?: ReadonlySet<string>
  /** The curator left the field at this path: its errors may show from now on. */
  touch?: (path: string) => void
}

export const FormIssuesContext = createContext<FormIssues>({ byField: {} })

export function useFormIssues(): FormIssues {
  return useContext(FormIssuesContext)
}

/** The issues routed to any of these field paths, each once. */
export function issuesAt(issues: FormIssues, paths: readonly string[]): ValidationIssue[] {
  return [...new Set(paths)].flatMap((path) => issues.byField[path] ?? [])
}
