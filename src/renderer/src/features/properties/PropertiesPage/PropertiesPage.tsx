import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { RecordListPage } from '../../../components/RecordListPage/RecordListPage'
import { useListedRecords } from '../../../components/RecordListPage/useListedRecords'
import { useTableQuery } from '../../../hooks/useTableQuery'
import { usePropertyUsage } from '../usePropertyUsage'
import { PropertiesTable } from './PropertiesTable'

/** The property registry: what statements can say, each with its datatype and constraints. */
export function PropertiesPage() {
  const { t, i18n } = useTranslation('properties')
  const table = useTableQuery({ sortBy: 'label', sortDirection: 'asc' })
  // Labels sort as the curator reads them: the Chinese interface by Chinese label, in pinyin.
  const query = useMemo(() => ({ ...table.query, language: i18n.language }), [table.query, i18n.language])
  const list = useListedRecords('property', query)
  const usage = usePropertyUsage()

  return (
    <RecordListPage
      kind="property"
      texts={{
        title: t('title'),
        search: t('search'),
        searchPlaceholder: t('searchPlaceholder'),
        new: t('new'),
        readError: t('readError'),
        noun: t('noun'),
      }}
      table={table}
      list={list}
      count={(total) => t('count', { count: total })}
      renderTable={(rows) => <PropertiesTable {...rows} usage={usage} />}
    />
  )
}
