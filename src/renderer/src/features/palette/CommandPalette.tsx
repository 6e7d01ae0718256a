import { useState } from 'react'
import { Loader } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { Spotlight, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, recordKeys } from '@renderer/lib/api'
import { type EditableKind, SECTION_OF, useNavigation } from '@renderer/hooks/useNavigation'
import { nameIn, siteDetail, sourceDetail } from './record-actions'
import { usePaletteActions, type PaletteHandlers } from './usePaletteActions'
import classes from './CommandPalette.module.css'

/** How many sites and how many sources the palette lists as the curator types. */
const RECORD_LIMIT = 8

/** Records found by main: searched there, over every name, so they are not filtered again here. */
function useFoundRecords(query: string) {
  const search = query.trim()
  const enabled = search.length > 0
  const options = { search, limit: RECORD_LIMIT, offset: 0 }
  const sites = useQuery({
    queryKey: recordKeys.list('site', { ...options, sortBy: 'name', sortDirection: 'asc' }),
    queryFn: () => api.queryRecords('site', { ...options, sortBy: 'name', sortDirection: 'asc' }),
    enabled,
    placeholderData: keepPreviousData,
  })
  const sources = useQuery({
    queryKey: recordKeys.list('source', options),
    queryFn: () => api.queryRecords('source', options),
    enabled,
    placeholderData: keepPreviousData,
  })
  return {
    sites: enabled ? (sites.data?.rows ?? []) : [],
    sources: enabled ? (sources.data?.rows ?? []) : [],
    searching: enabled && (sites.isFetching || sources.isFetching),
  }
}

/** Actions match on their label or keywords; groups of records pass as main found them. */
function filterActions(actionsGroup: string) {
  return (query: string, data: (SpotlightActionData | SpotlightActionGroupData)[]) => {
    const wanted = query.trim().toLowerCase()
    return data
      .map((entry) => {
        if (!('group' in entry) || entry.group !== actionsGroup || !wanted) return entry
        const actions = (entry as SpotlightActionGroupData).actions.filter((action) =>
          `${action.label ?? ''} ${String(action.keywords ?? '')}`.toLowerCase().includes(wanted),
        )
        return { ...entry, actions }
      })
      .filter((entry) => !('actions' in entry) || entry.actions.length > 0)
  }
}

/**
 * The command palette (Ctrl/Cmd+K, View › Command Palette…): the app's actions, and the sites
 * and sources whose names match what is typed; Enter runs the action or opens the record.
 */
export function CommandPalette(handlers: PaletteHandlers) {
  const { t, i18n } = useTranslation('palette')
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query, 120)
  const found = useFoundRecords(debounced)
  const { stack, goTo, openRecord, section } = useNavigation()
  const actions = usePaletteActions(handlers)

  const open = (kind: EditableKind, id: string) => {
    // From an empty screen the record's own section comes along, so that next/previous follow its table.
    if (stack.length === 0 && section !== SECTION_OF[kind]) goTo(SECTION_OF[kind])
    openRecord(kind, id)
  }

  const data: SpotlightActionGroupData[] = [
    { group: t('groups.actions'), actions },
    {
      group: t('groups.sites'),
      actions: found.sites.map((site) => ({
        id: `site:${site.id}`,
        label: nameIn(site.name, i18n.language),
        description: siteDetail(site, i18n.language),
        onClick: () => open('site', site.id),
      })),
    },
    {
      group: t('groups.sources'),
      actions: found.sources.map((source) => ({
        id: `source:${source.id}`,
        label: source.title,
        description: sourceDetail(source),
        onClick: () => open('source', source.id),
      })),
    },
  ]

  return (
    <Spotlight
      actions={data}
      query={query}
      onQueryChange={setQuery}
      // Spotlight clears the query when its closing animation ends; a palette reopened before that
      // (Ctrl+K twice in quick succession) would show the old query: start each opening empty.
      onSpotlightOpen={() => setQuery('')}
      filter={filterActions(t('groups.actions'))}
      shortcut={['mod + K']}
      // A modifier shortcut: it opens the palette from inside a text field too.
      tagsToIgnore={[]}
      nothingFound={found.searching ? t('searching') : t('nothingFound', { query })}
      scrollable
      maxHeight={480}
      classNames={{ actionsGroup: classes.group }}
      searchProps={{
        'aria-label': t('searchLabel'),
        placeholder: t('placeholder'),
        rightSection: found.searching ? <Loader size={14} /> : null,
      }}
    />
  )
}
