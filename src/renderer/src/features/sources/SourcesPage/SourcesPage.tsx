import { Alert } from '@mantine/core'
import { ListPage } from '../../../components/ListPage/ListPage'
import { StatusFilter } from '../../../components/StatusFilter/StatusFilter'
import { TableEmpty } from '../../../components/TableEmpty/TableEmpty'
import { useNavigation } from '../../../hooks/useNavigation'
import { useDatasetInfo, useRecordList } from '../../../hooks/useRecords'
import { usePublishRecordSequence } from '../../../hooks/useRecordSequence'
import { useTableQuery } from '../../../hooks/useTableQuery'
import { countLabel } from '../../../lib/labels'
import { SourcesTable } from '../SourcesTable/SourcesTable'

export function SourcesPage() {
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const table = useTableQuery({ sortBy: 'title', sortDirection: 'asc' })
  const list = useRecordList('source', table.query)
  const page = list.data
  usePublishRecordSequence(
    'source',
    page?.rows.map((row) => row.id),
  )

  return (
    <ListPage
      title="Sources"
      countText={page ? countLabel(page.total, 'source') : undefined}
      searchLabel="Search sources"
      searchPlaceholder="Title, publisher, author, URL"
      search={table.search}
      onSearch={table.setSearch}
      newLabel="New source"
      onNew={() => openRecord('source', null)}
      newDisabled={info.data?.readOnly}
      loading={list.isFetching}
      total={page?.total ?? 0}
      page={table.page}
      onPage={table.setPage}
      filters={<StatusFilter value={table.status} onChange={table.setStatus} />}
    >
      {list.isError && (
        <Alert color="red" m="md" title="The sources could not be read">
          {list.error.message}
        </Alert>
      )}
      {page && page.total === 0 && (
        <TableEmpty
          noun="sources"
          search={table.activeSearch}
          onClearSearch={() => table.setSearch('')}
          filtered={table.status.length > 0}
          onClearFilters={() => table.setStatus([])}
          onCreate={() => openRecord('source', null)}
        />
      )}
      {page && page.total > 0 && (
        <SourcesTable
          rows={page.rows}
          sort={table.sort}
          onSort={table.setSort}
          onOpen={(id) => openRecord('source', id)}
        />
      )}
    </ListPage>
  )
}
