import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePreferences, useSavePreferences } from '../../hooks/useDatasetTools'

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
  const visible = (saved ?? defaults).filter((key) => all.includes(key))
  return {
    visible: visible.length > 0 ? visible : [...defaults],
    setVisible: (next: string[]) => {
      const ordered = all.filter((key) => next.includes(key))
      setChosen(ordered)
      save.mutate({ tableColumns: { ...preferences.data?.tableColumns, [table]: ordered } })
    },
  }
}

/** The header text of each column of a table, from `tables:<table>.column.<key>`. */
export function useColumnLabels<Key extends string>(
  table: string,
  keys: readonly Key[],
): Record<Key, string> {
  const { t } = useTranslation('tables')
  return Object.fromEntries(keys.map((key) => [key, t(`${table}.column.${key}` as string)])) as Record<
    Key,
    string
  >
}
