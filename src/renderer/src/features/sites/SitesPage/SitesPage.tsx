import { useState } from 'react'
import { Button } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { readingOrder } from '../../../lib/record-name'
import { useTableColumns } from '../../../components/ColumnChooser/useTableColumns'
import { RecordListPage } from '../../../components/RecordListPage/RecordListPage'
import { useListedRecords } from '../../../components/RecordListPage/useListedRecords'
import { useDatasetInfo, useSiteFacetCounts } from '../../../hooks/useRecords'
import { useTableQuery } from '../../../hooks/useTableQuery'
import { useLabels } from '../../../i18n/useLabels'
import { SiteMap } from '../../map/SiteMap/SiteMap'
import { SitesViewSwitch } from '../../map/SitesViewSwitch/SitesViewSwitch'
import { useSitesView } from '../../map/map-requests'
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

/** Before the column menu; a constant, so that a keystroke does not re-render it. */
const VIEW_SWITCH = <SitesViewSwitch />

export function SitesPage() {
  const { t, i18n } = useTranslation('tables')
  const labels = useLabels()
  const info = useDatasetInfo()
  const filters = useSiteFilters()
  const list = useListedRecords('site', filters.query, true, 'sites-table')
  const counts = useSiteFacetCounts(filters.query, Boolean(list.first.data) && !list.first.isPlaceholderData)
  const { visible, setVisible } = useTableColumns('sites', SITE_COLUMNS, SITE_DEFAULT_COLUMNS)
  const columnLabels = useSiteColumnLabels()
  const narrow = useMediaQuery('(max-width: 68em)')
  const [panelOpen, setPanelOpen] = useState(false)
  const languages = readingOrder(info.data?.manifest.languages ?? ['en'], i18n.language)
  const showPanel = !narrow || panelOpen
  const [view] = useSitesView()

  return (
    <RecordListPage
      kind="site"
      texts={{
        title: t('sites.title'),
        search: t('sites.search'),
        searchPlaceholder: t('sites.searchPlaceholder'),
        new: t('sites.new'),
        readError: t('sites.readError'),
        noun: t('nouns.sites'),
      }}
      table={filters}
      list={list}
      count={(total) => labels.count(total, 'site')}
      columns={{ all: SITE_COLUMNS, labels: columnLabels, visible, setVisible, required: 'name' }}
      tools={VIEW_SWITCH}
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
      otherView={view === 'map' ? { body: <SiteMap query={filters.query} /> } : undefined}
      renderTable={(rows) => <SitesTable {...rows} visible={visible} languages={languages} />}
    />
  )
}
