import { useCallback, useState } from 'react'
import type { ValidationIssue } from '@shared/result'

type ByField = Readonly<Record<string, ValidationIssue[]>>

/** `/name` and `/name/en` are one field for this purpose: the input `/name/en` shows `/name`'s issues. */
function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`)
}

/**
 * Which fields of a new record show their issues: those the curator has left, and every one once
 * a save was tried. A field not yet reached shows no error ("criteria: required" while the
 * curator is still typing the name). A stored record shows all its issues at once: they are the
 * record's problems, already listed on the Problems page. An issue that names another record (a
 * UNESCO id or DOI another record already has) shows live, as the curator types: waiting for the
 * field to be left would let the curator type a whole record over an identity that is taken.
 */
export function useFieldReveal(isNew: boolean) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set())
  const [saveTried, setSaveTried] = useState(false)
  const all = !isNew || saveTried
  const touch = useCallback(
    (path: string) => setTouched((before) => (before.has(path) ? before : new Set(before).add(path))),
    [],
  )
  const revealAll = useCallback(() => setSaveTried(true), [])
  const shown = useCallback(
    (byField: ByField): ByField => {
      if (all) return byField
      const left = [...touched]
      const visible = (path: string, issues: ValidationIssue[]) =>
        left.some((each) => related(each, path)) || issues.some((issue) => issue.related)
      return Object.fromEntries(Object.entries(byField).filter(([path, issues]) => visible(path, issues)))
    },
    [all, touched],
  )
  return { all, touch, revealAll, shown }
}
