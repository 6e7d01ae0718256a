import { useCallback, useMemo, useState } from 'react'

/**
 * Controlled form state: the values of one form, a setter per field, and whether the values
 * differ from those the form opened with (an edit typed and then taken back is not a change).
 */
export function useDraft<T extends object>(initial: T | (() => T)) {
  const [start] = useState(initial)
  const [values, setValues] = useState(start)
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(start), [values, start])

  const set = useCallback(<F extends keyof T>(field: F, value: T[F]) => {
    setValues((prev) => ({ ...prev, [field]: value }))
  }, [])

  const update = useCallback((change: (prev: T) => T) => {
    setValues(change)
  }, [])

  return { values, set, update, dirty }
}
