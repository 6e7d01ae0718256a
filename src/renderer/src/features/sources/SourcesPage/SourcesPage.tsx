import { RecordListPage } from '@renderer/components/RecordListPage/RecordListPage'
import { useRecordListing } from '@renderer/components/RecordListPage/useRecordListing'
import { StatusFilter } from '@renderer/components/StatusFilter/StatusFilter'
import { SOURCE_COLUMNS, SourcesTable } from '../SourcesTable/SourcesTable'

export function SourcesPage() {
  const listing = useRecordListing('source', {
    sort: { sortBy: 'title', sortDirection: 'asc' },
    columns: { table: 'sources', all: SOURCE_COLUMNS, defaults: SOURCE_COLUMNS, required: 'title' },
  })
  const { table } = listing
  return (
    <RecordListPage
      listing={listing}
      filters={<StatusFilter value={table.status} onChange={table.setStatus} />}
      renderTable={(rows) => <SourcesTable {...rows} />}
    />
  )
}
