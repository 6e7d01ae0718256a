import { useTranslation } from 'react-i18next'
import { useTableColumns } from '../../../components/ColumnChooser/useTableColumns'
import { RecordListPage } from '../../../components/RecordListPage/RecordListPage'
import { useListedRecords } from '../../../components/RecordListPage/useListedRecords'
import { StatusFilter } from '../../../components/StatusFilter/StatusFilter'
import { useTableQuery } from '../../../hooks/useTableQuery'
import { useLabels } from '../../../i18n/useLabels'
import { SOURCE_COLUMNS, SourcesTable, useSourceColumnLabels } from '../SourcesTable/SourcesTable'

export function SourcesPage() {
  const { t } = useTranslation('tables')
  const labels = useLabels()
  const table = useTableQuery({ sortBy: 'title', sortDirection: 'asc' })
  const list = useListedRecords('source', table.query)
  const { visible, setVisible } = useTableColumns('sources', SOURCE_COLUMNS, SOURCE_COLUMNS)
  const columnLabels = useSourceColumnLabels()

  return (
    <RecordListPage
      kind="source"
      texts={{
        title: t('sources.title'),
        search: t('sources.search'),
        searchPlaceholder: t('sources.searchPlaceholder'),
        new: t('sources.new'),
        readError: t('sources.readError'),
        noun: t('nouns.sources'),
      }}
      table={table}
      list={list}
      count={(total) => labels.count(total, 'source')}
      columns={{ all: SOURCE_COLUMNS, labels: columnLabels, visible, setVisible, required: 'title' }}
      filters={<StatusFilter value={table.status} onChange={table.setStatus} />}
      renderTable={(rows) => <SourcesTable {...rows} />}
    />
  )
}
