import { Alert } from '@mantine/core'
import { ListPage } from '../../../components/ListPage/ListPage'
import { StatusFilter } from '../../../components/StatusFilter/StatusFilter'
import { TableEmpty } from '../../../components/TableEmpty/TableEmpty'
import { useNavigation } from '../../../hooks/useNavigation'
import { useDatasetInfo, useRecordList } from '../../../hooks/useRecords'
import { usePublishRecordSequence } from '../../../hooks/useRecordSequence'
import { useTableQuery } from '../../../hooks/useTableQuery'
import { countLabel } from '../../../lib/labels'
import { SitesTable } from '../SitesTable/SitesTable'
import { SiteMap } from '../../map/SiteMap/SiteMap'
import { SitesViewSwitch } from '../../map/SitesViewSwitch/SitesViewSwitch'
import { useSitesView } from '../../map/map-requests'

export function SitesPage() {
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const table = useTableQuery({ sortBy: 'name', sortDirection: 'asc' }, 'facet')
  const list = useRecordList('site', table.query)
  const languages = info.data?.manifest.languages ?? ['en']
  const page = list.data
  usePublishRecordSequence(
    'site',
    page?.rows.map((row) => row.id),
  )
  const [view] = useSitesView()
  const statusCounts = Object.fromEntries((page?.facets?.status ?? []).map((f) => [f.value, f.count]))

  return (
    <ListPage
      title="Sites"
      countText={page ? countLabel(page.total, 'site') : undefined}
      searchLabel="Search sites"
      searchPlaceholder="Name (any language), id, country"
      search={table.search}
      onSearch={table.setSearch}
      newLabel="New site"
      onNew={() => openRecord('site', null)}
      newDisabled={info.data?.readOnly}
      loading={list.isFetching}
      total={view === 'map' ? 0 : (page?.total ?? 0)}
      page={table.page}
      onPage={table.setPage}
      filters={
        <>
          <StatusFilter
            value={table.status}
            onChange={table.setStatus}
            counts={page ? statusCounts : undefined}
          />
          <SitesViewSwitch />
        </>
      }
    >
      {list.isError && (
        <Alert color="red" m="md" title="The sites could not be read">
          {list.error.message}
        </Alert>
      )}
      {view === 'map' && <SiteMap query={table.query} />}
      {view === 'table' && page && page.total === 0 && (
        <TableEmpty
          noun="sites"
          search={table.activeSearch}
          onClearSearch={() => table.setSearch('')}
          filtered={table.status.length > 0}
          onClearFilters={() => table.setStatus([])}
          onCreate={() => openRecord('site', null)}
        />
      )}
      {view === 'table' && page && page.total > 0 && (
        <SitesTable
          rows={page.rows}
          languages={languages}
          sort={table.sort}
          onSort={table.setSort}
          onOpen={(id) => openRecord('site', id)}
        />
      )}
    </ListPage>
  )
}
