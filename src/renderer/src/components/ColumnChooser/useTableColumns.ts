import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePreferences, useSavePreferences } from '@renderer/hooks/useDatasetTools'
import type { ParseKeys } from 'i18next'

/**
 * The columns a table shows, remembered in the preferences (`tableColumns[table]`) so that they
 * come back after a restart. Unknown keys saved by another version are ignored.
 */
export function useTableColumns(table: string, all: readonly string[], defaults: readonly string[]) {
  const preferences = usePreferences()
  const save = useSavePreferences()
  // The choice shows at once; main's answer follows.
  const [chosen, setChosen] = useState<string[] | undefined>()
  const saved = chosen ?? preferences.data?.tableColumns?.[table]
  // The same array while the choice stands: a table's memoized columns depend on it.
  const visible = useMemo(() => {
    const known = (saved ?? defaults).filter((key) => all.includes(key))
    return known.length > 0 ? known : [...defaults]
  }, [saved, defaults, all])
  const savedColumns = preferences.data?.tableColumns
  const { mutate } = save
  const setVisible = useCallback(
    (next: string[]) => {
      const ordered = all.filter((key) => next.includes(key))
      setChosen(ordered)
      mutate({ tableColumns: { ...savedColumns, [table]: ordered } })
    },
    [all, savedColumns, mutate, table],
  )
  return {
    visible,
    setVisible,
  }
}

/** The header text of each column of a table, from `tables:<table>.column.<key>`. */
export function useColumnLabels<Key extends string>(
  table: string,
  keys: readonly Key[],
): Record<Key, string> {
  const { t } = useTranslation('tables')
  // The same object until the language changes (memoized columns depend on it).
  return useMemo(
    () =>
      Object.fromEntries(
        keys.map((key) => [key, t(`${table}.column.${key}` as ParseKeys<'tables'>)]),
      ) as Record<Key, string>,
    [t, table, keys],
  )
}
