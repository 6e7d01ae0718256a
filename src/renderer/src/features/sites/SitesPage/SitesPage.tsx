import { useState } from 'react'
import { Button } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { readingOrder } from '@renderer/lib/record-name'
import { RecordListPage } from '@renderer/components/RecordListPage/RecordListPage'
import { useRecordListing } from '@renderer/components/RecordListPage/useRecordListing'
import { useDatasetInfo, useSiteFacetCounts } from '@renderer/hooks/useRecords'
import { SiteMap } from '@renderer/features/map/SiteMap/SiteMap'
import { SitesViewSwitch } from '@renderer/features/map/SitesViewSwitch/SitesViewSwitch'
import { useSitesView } from '@renderer/features/map/map-requests'
import { FacetChips } from '../FacetPanel/FacetChips'
import { FacetPanel } from '../FacetPanel/FacetPanel'
import { SITE_COLUMNS, SITE_DEFAULT_COLUMNS, SitesTable } from '../SitesTable/SitesTable'

/** Before the column menu; a constant, so that a keystroke does not re-render it. */
const VIEW_SWITCH = <SitesViewSwitch />

export function SitesPage() {
  const { t, i18n } = useTranslation('tables')
  const info = useDatasetInfo()
  const listing = useRecordListing('site', {
    sort: { sortBy: 'name', sortDirection: 'asc' },
    lane: 'sites-table',
    columns: { table: 'sites', all: SITE_COLUMNS, defaults: SITE_DEFAULT_COLUMNS, required: 'name' },
  })
  // The search, facets and sort, as the query main runs: the table and the map take the same.
  const { table: filters, list } = listing
  const counts = useSiteFacetCounts(filters.query, Boolean(list.first.data) && !list.first.isPlaceholderData)
  const narrow = useMediaQuery('(max-width: 68em)')
  const [panelOpen, setPanelOpen] = useState(false)
  const languages = readingOrder(info.data?.manifest.languages ?? ['en'], i18n.language)
  const showPanel = !narrow || panelOpen
  const [view] = useSitesView()

  return (
    <RecordListPage
      listing={listing}
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
      renderTable={(rows) => (
        <SitesTable {...rows} visible={rows.visible ?? SITE_DEFAULT_COLUMNS} languages={languages} />
      )}
    />
  )
}
