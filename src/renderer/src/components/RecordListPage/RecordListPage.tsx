import { useCallback, useMemo, type ReactNode } from 'react'
import { Alert } from '@mantine/core'
import type { RowOf } from '@shared/tables'
import type { RecordKind } from '@shared/result'
import { ColumnChooser } from '../ColumnChooser/ColumnChooser'
import { ListPage, type Pager } from '../ListPage/ListPage'
import type { RecordTableProps } from '../RecordTable/RecordTable'
import { TableEmpty } from '../TableEmpty/TableEmpty'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import type { RecordListTexts } from './list-texts'
import { useCount, useListTexts } from './list-texts'
import type { ColumnChoice, RecordListing } from './useRecordListing'

/** What a page shows with the list's status, or instead of it when another view stands. */
interface ViewStatus {
  countText?: string
  loading?: boolean
  /** A failed read: its message is shown under the title `readError`. */
  failed: { isError: boolean; error: Error | null }
  pager?: Pager
  searchDisabled?: boolean
}

/** A view shown in place of the table (the sites' map, the statements without references). */
export interface OtherView {
  body: ReactNode
  /** Its own count, loading, error and pages, when it does not show the list's records. */
  status?: ViewStatus
}

interface RecordListPageProps<K extends RecordKind> {
  listing: RecordListing<K>
  /** Default, for sites, sources and statements: `tables:<kind>s.*` and `tables:nouns.<kind>s`. */
  texts?: RecordListTexts
  /** "59 sites", from the list's total. Default, for sites, sources and statements: `labels:count.<kind>`. */
  count?: (total: number) => string
  /** Before the column menu (the sites' table/map switch). */
  tools?: ReactNode
  filters?: ReactNode
  aside?: ReactNode
  /** When set, shown instead of the table, its empty state, its column menu and its position. */
  otherView?: OtherView
  /** The kind's table, given the rows, the sort and the chosen columns. */
  renderTable: (props: RecordTableProps<RowOf[K]>) => ReactNode
}

/**
 * A list page of records of one kind: ListPage's header (title, count, search, column menu,
 * "New"), then the read error, the empty state (which says why: search, status filter or facets)
 * or the virtual table. One component, so that the sites, sources, statements and properties
 * pages cannot drift apart in how they load, fail or come up empty.
 */
export function RecordListPage<K extends RecordKind>(props: RecordListPageProps<K>) {
  const { listing, otherView, renderTable } = props
  const { kind, table, list, columns } = listing
  const { readError, noun, ...headerTexts } = useListTexts(kind, props.texts)
  const count = useCount(kind, props.count)
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const onCreate = useCallback(() => openRecord(kind, null), [openRecord, kind])
  const onOpen = useCallback((id: string) => openRecord(kind, id), [openRecord, kind])
  const chooser = useColumnChooser(columns)
  const page = list.first.data
  const status: ViewStatus = otherView?.status ?? {
    countText: page ? count(page.total) : undefined,
    loading: list.isFetching,
    failed: list.first,
  }
  return (
    <ListPage
      {...headerTexts}
      countText={status.countText}
      search={table.search}
      onSearch={table.setSearch}
      searchDisabled={status.searchDisabled}
      onNew={onCreate}
      newDisabled={info.data?.readOnly}
      loading={status.loading}
      position={otherView ? undefined : list.position}
      pager={status.pager}
      tools={
        (props.tools || (chooser && !otherView)) && (
          <>
            {props.tools}
            {!otherView && chooser}
          </>
        )
      }
      filters={props.filters}
      aside={props.aside}
    >
      {status.failed.isError && (
        <Alert color="red" m="md" title={readError}>
          {status.failed.error?.message}
        </Alert>
      )}
      {otherView?.body}
      {!otherView && page && page.total === 0 && (
        <TableEmpty
          noun={noun}
          search={table.activeSearch}
          onClearSearch={() => table.setSearch('')}
          filtered={table.status.length > 0}
          onClearFilters={() => table.setStatus([])}
          faceted={table.facetCount > 0}
          onClearFacets={table.clearFacets}
          onCreate={onCreate}
        />
      )}
      {!otherView &&
        page &&
        page.total > 0 &&
        renderTable({
          visible: columns?.visible,
          total: list.total,
          rowAt: list.rowAt,
          onRange: list.onRange,
          sort: table.sort,
          onSort: table.setSort,
          onOpen,
        })}
    </ListPage>
  )
}

/** The column menu, the same element while its inputs stand: a keystroke re-renders the page, not the menu. */
function useColumnChooser(columns: ColumnChoice | undefined) {
  const { all, labels, visible, setVisible, required } = columns ?? {}
  return useMemo(
    () =>
      all &&
      labels &&
      visible &&
      setVisible && (
        <ColumnChooser
          columns={all.map((key) => ({ key, label: labels[key] ?? key }))}
          visible={visible}
          onChange={setVisible}
          required={required ? [required] : []}
        />
      ),
    [all, labels, visible, setVisible, required],
  )
}
