import { useCallback, useState } from 'react'

/** Controlled form state: the values of one form, a setter per field, and a dirty flag. */
export function useDraft<T extends object>(initial: T | (() => T)) {
  const [values, setValues] = useState(initial)
  const [dirty, setDirty] = useState(false)

  const set = useCallback(<F extends keyof T>(field: F, value: T[F]) => {
    setValues((prev) => ({ ...prev, [field]: value }))
    setDirty(true)
  }, [])

  const update = useCallback((change: (prev: T) => T) => {
    setValues(change)
    setDirty(true)
  }, [])

  return { values, set, update, dirty }
}
