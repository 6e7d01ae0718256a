import { useMemo, useState } from 'react'
import { Alert, Button } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { readingOrder } from '@renderer/lib/record-name'
import { ColumnChooser } from '@renderer/components/ColumnChooser/ColumnChooser'
import { useTableColumns } from '@renderer/components/ColumnChooser/useTableColumns'
import { useVirtualTable } from '@renderer/components/DataTable/useVirtualTable'
import { ListPage } from '@renderer/components/ListPage/ListPage'
import { TableEmpty } from '@renderer/components/TableEmpty/TableEmpty'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo, useSiteFacetCounts } from '@renderer/hooks/useRecords'
import { usePublishRecordSequence } from '@renderer/hooks/useRecordSequence'
import { useTableQuery } from '@renderer/hooks/useTableQuery'
import { useLabels } from '@renderer/i18n/useLabels'
import { SiteMap } from '@renderer/features/map/SiteMap/SiteMap'
import { SitesViewSwitch } from '@renderer/features/map/SitesViewSwitch/SitesViewSwitch'
import { useSitesView } from '@renderer/features/map/map-requests'
import { FacetChips } from '../FacetPanel/FacetChips'
import { FacetPanel } from '../FacetPanel/FacetPanel'
import { SITE_COLUMNS, SITE_DEFAULT_COLUMNS, SitesTable, useSiteColumnLabels } from '../SitesTable/SitesTable'

/**
 * The sites' filters (search, facets, sort) in one hook, as the query main runs: the table here,
 * and any other view of the same sites (a map), take `filters.query`.
 */
export function useSiteFilters() {
  return useTableQuery({ sortBy: 'name', sortDirection: 'asc' })
}

export function SitesPage() {
  const { t, i18n } = useTranslation('tables')
  const labels = useLabels()
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const filters = useSiteFilters()
  const list = useVirtualTable('site', filters.query, true, 'sites-table')
  const counts = useSiteFacetCounts(filters.query, Boolean(list.first.data) && !list.first.isPlaceholderData)
  usePublishRecordSequence('site', list.loadedIds)
  const columns = useTableColumns('sites', SITE_COLUMNS, SITE_DEFAULT_COLUMNS)
  const columnLabels = useSiteColumnLabels()
  const narrow = useMediaQuery('(max-width: 68em)')
  const [panelOpen, setPanelOpen] = useState(false)
  const languages = info.data?.manifest.languages ?? ['en']
  const page = list.first.data
  const showPanel = !narrow || panelOpen
  const [view] = useSitesView()
  // The same element while its inputs stand: a keystroke re-renders the page, not these menus.
  const { visible, setVisible } = columns
  const tools = useMemo(
    () => (
      <>
        <SitesViewSwitch />
        {view === 'table' && (
          <ColumnChooser
            columns={SITE_COLUMNS.map((key) => ({ key, label: columnLabels[key] }))}
            visible={visible}
            onChange={setVisible}
            required={['name']}
          />
        )}
      </>
    ),
    [view, columnLabels, visible, setVisible],
  )

  return (
    <ListPage
      title={t('sites.title')}
      countText={page ? labels.count(page.total, 'site') : undefined}
      searchLabel={t('sites.search')}
      searchPlaceholder={t('sites.searchPlaceholder')}
      search={filters.search}
      onSearch={filters.setSearch}
      newLabel={t('sites.new')}
      onNew={() => openRecord('site', null)}
      newDisabled={info.data?.readOnly}
      loading={list.isFetching}
      position={view === 'table' ? list.position : undefined}
      tools={tools}
      filters={
        (narrow || filters.facetCount > 0) && (
          <>
            {narrow && (
              <Button
                variant="default"
                size="xs"
                onClick={() => setPanelOpen(!panelOpen)}
                aria-expanded={panelOpen}
              >
                {panelOpen ? t('facets.hide') : t('facets.show', { count: filters.facetCount })}
              </Button>
            )}
            <FacetChips
              chosen={filters.facets}
              onChange={filters.setFacet}
              onClearAll={filters.clearFacets}
            />
          </>
        )
      }
      aside={
        showPanel && (
          <FacetPanel
            counts={counts.data}
            stale={counts.isPlaceholderData || counts.isFetching}
            chosen={filters.facets}
            onChange={filters.setFacet}
            onClearAll={filters.clearFacets}
          />
        )
      }
    >
      {list.first.isError && (
        <Alert color="red" m="md" title={t('sites.readError')}>
          {list.first.error.message}
        </Alert>
      )}
      {view === 'map' && <SiteMap query={filters.query} />}
      {view === 'table' && page && page.total === 0 && (
        <TableEmpty
          noun={t('nouns.sites')}
          search={filters.activeSearch}
          onClearSearch={() => filters.setSearch('')}
          faceted={filters.facetCount > 0}
          onClearFacets={filters.clearFacets}
          onCreate={() => openRecord('site', null)}
        />
      )}
      {view === 'table' && page && page.total > 0 && (
        <SitesTable
          languages={readingOrder(languages, i18n.language)}
          visible={columns.visible}
          total={list.total}
          rowAt={list.rowAt}
          onRange={list.onRange}
          sort={filters.sort}
          onSort={filters.setSort}
          onOpen={(id) => openRecord('site', id)}
        />
      )}
    </ListPage>
  )
}
