import { Alert } from '@mantine/core'
import { ListPage } from '../../../components/ListPage/ListPage'
import { TableEmpty } from '../../../components/TableEmpty/TableEmpty'
import { useNavigation } from '../../../hooks/useNavigation'
import { useDatasetInfo, useRecordList } from '../../../hooks/useRecords'
import { useTableQuery } from '../../../hooks/useTableQuery'
import { countLabel } from '../../../lib/labels'
import { StatementsTable } from '../StatementsTable/StatementsTable'

export function StatementsPage() {
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const table = useTableQuery({ sortBy: 'subject', sortDirection: 'asc' })
  const list = useRecordList('statement', table.query)
  const page = list.data

  return (
    <ListPage
      title="Statements"
      countText={page ? countLabel(page.total, 'statement') : undefined}
      searchLabel="Search statements"
      searchPlaceholder="Subject, property, value"
      search={table.search}
      onSearch={table.setSearch}
      newLabel="New statement"
      onNew={() => openRecord('statement', null)}
      newDisabled={info.data?.readOnly}
      loading={list.isFetching}
      total={page?.total ?? 0}
      page={table.page}
      onPage={table.setPage}
    >
      {list.isError && (
        <Alert color="red" m="md" title="The statements could not be read">
          {list.error.message}
        </Alert>
      )}
      {page && page.total === 0 && (
        <TableEmpty
          noun="statements"
          search={table.activeSearch}
          onClearSearch={() => table.setSearch('')}
          onCreate={() => openRecord('statement', null)}
        />
      )}
      {page && page.total > 0 && (
        <StatementsTable
          rows={page.rows}
          sort={table.sort}
          onSort={table.setSort}
          onOpen={(id) => openRecord('statement', id)}
        />
      )}
    </ListPage>
  )
}
