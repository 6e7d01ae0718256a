import { useTranslation } from 'react-i18next'
import { RecordListPage } from '@renderer/components/RecordListPage/RecordListPage'
import { useRecordListing } from '@renderer/components/RecordListPage/useRecordListing'
import { usePropertyUsage } from '../usePropertyUsage'
import { PropertiesTable } from './PropertiesTable'

/** The property registry: what statements can say, each with its datatype and constraints. */
export function PropertiesPage() {
  const { t, i18n } = useTranslation('properties')
  // Labels sort as the curator reads them: the Chinese interface by Chinese label, in pinyin.
  const listing = useRecordListing('property', {
    sort: { sortBy: 'label', sortDirection: 'asc' },
    language: i18n.language,
  })
  const usage = usePropertyUsage()
  // The registry keeps its words in its own namespace, not in `tables`.
  const texts = {
    title: t('title'),
    searchLabel: t('search'),
    searchPlaceholder: t('searchPlaceholder'),
    newLabel: t('new'),
    readError: t('readError'),
    noun: t('noun'),
  }
  return (
    <RecordListPage
      listing={listing}
      texts={texts}
      count={(total) => t('count', { count: total })}
      renderTable={(rows) => <PropertiesTable {...rows} usage={usage} />}
    />
  )
}
