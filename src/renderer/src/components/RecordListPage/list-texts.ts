import { useTranslation } from 'react-i18next'
import type { RecordKind } from '@shared/result'
import { useLabels } from '@renderer/i18n/useLabels'

/** A list page's words, in the interface language. */
export interface RecordListTexts {
  /** The first four are ListPage's props of the same names. */
  title: string
  searchLabel: string
  searchPlaceholder: string
  newLabel: string
  /** The title of the alert shown when main cannot read the list. */
  readError: string
  /** The plural noun of the empty state: "sites". */
  noun: string
}

/** The kinds whose list pages keep their words in the `tables` namespace, under the plural. */
const TABLES = { site: 'sites', source: 'sources', statement: 'statements' } as const
type TablesKind = keyof typeof TABLES

function inTables(kind: RecordKind): kind is TablesKind {
  return kind in TABLES
}

/** The page's own words, else those of `tables:<kind>s`; a kind with neither is a programming error. */
export function useListTexts(kind: RecordKind, own: RecordListTexts | undefined): RecordListTexts {
  const { t } = useTranslation('tables')
  if (own) return own
  if (!inTables(kind)) throw new Error(`The ${kind} list page must give its texts`)
  const plural = TABLES[kind]
  return {
    title: t(`${plural}.title`),
    searchLabel: t(`${plural}.search`),
    searchPlaceholder: t(`${plural}.searchPlaceholder`),
    newLabel: t(`${plural}.new`),
    readError: t(`${plural}.readError`),
    noun: t(`nouns.${plural}`),
  }
}

/** The page's own count words, else "59 sites" from `labels:count.<kind>`. */
export function useCount(kind: RecordKind, own: ((total: number) => string) | undefined) {
  const labels = useLabels()
  if (own) return own
  if (!inTables(kind)) throw new Error(`The ${kind} list page must give its count words`)
  return (total: number) => labels.count(total, kind)
}
