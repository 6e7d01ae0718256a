import { useState } from 'react'
import { Alert, EmptyState, Switch, Tooltip } from '@mantine/core'
import { ListPage } from '../../../components/ListPage/ListPage'
import { StatusFilter } from '../../../components/StatusFilter/StatusFilter'
import { TableEmpty } from '../../../components/TableEmpty/TableEmpty'
import { useNavigation } from '../../../hooks/useNavigation'
import { useDatasetInfo, useRecordList } from '../../../hooks/useRecords'
import { usePublishRecordSequence } from '../../../hooks/useRecordSequence'
import { useTableQuery } from '../../../hooks/useTableQuery'
import { countLabel } from '../../../lib/labels'
import { StatementsTable } from '../StatementsTable/StatementsTable'
import { UnreferencedTable } from '../UnreferencedTable/UnreferencedTable'
import { useUnreferenced } from '../UnreferencedTable/useUnreferenced'

export function StatementsPage() {
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const table = useTableQuery({ sortBy: 'subject', sortDirection: 'asc' })
  const [unreferenced, setUnreferenced] = useState(false)
  const list = useRecordList('statement', table.query, !unreferenced)
  const uncited = useUnreferenced(table.page, unreferenced)
  const page = list.data
  usePublishRecordSequence(
    'statement',
    page?.rows.map((row) => row.id),
  )
  const total = unreferenced ? (uncited.total ?? 0) : (page?.total ?? 0)
  const countText = unreferenced
    ? uncited.total !== undefined
      ? `${countLabel(uncited.total, 'statement')} without references`
      : undefined
    : page && countLabel(page.total, 'statement')

  const filters = (
    <>
      <StatusFilter value={table.status} onChange={table.setStatus} disabled={unreferenced} />
      <Tooltip label="Deprecated statements are not counted: they need no citation." withArrow>
        <Switch
          label="Without references"
          checked={unreferenced}
          onChange={(event) => {
            setUnreferenced(event.currentTarget.checked)
            table.setPage(1)
          }}
        />
      </Tooltip>
    </>
  )

  return (
    <ListPage
      title="Statements"
      countText={countText}
      searchLabel="Search statements"
      searchPlaceholder="Subject, property, value"
      search={table.search}
      onSearch={table.setSearch}
      searchDisabled={unreferenced}
      newLabel="New statement"
      onNew={() => openRecord('statement', null)}
      newDisabled={info.data?.readOnly}
      loading={unreferenced ? uncited.problems.isFetching : list.isFetching}
      total={total}
      page={table.page}
      onPage={table.setPage}
      filters={filters}
    >
      {(unreferenced ? uncited.problems : list).isError && (
        <Alert color="red" m="md" title="The statements could not be read">
          {(unreferenced ? uncited.problems : list).error?.message}
        </Alert>
      )}
      {unreferenced && uncited.total === 0 && <EmptyState py="xl" title="Every statement has a reference." />}
      {unreferenced && uncited.rows.length > 0 && (
        <UnreferencedTable
          rows={uncited.rows}
          onOpen={(id) => openRecord('statement', id, { focus: '/references' })}
        />
      )}
      {!unreferenced && page && page.total === 0 && (
        <TableEmpty
          noun="statements"
          search={table.activeSearch}
          onClearSearch={() => table.setSearch('')}
          onCreate={() => openRecord('statement', null)}
          filtered={table.status.length > 0}
          onClearFilters={() => table.setStatus([])}
        />
      )}
      {!unreferenced && page && page.total > 0 && (
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
