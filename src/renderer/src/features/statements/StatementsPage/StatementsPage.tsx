import { useState } from 'react'
import { Alert, EmptyState, Switch, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ColumnChooser } from '@renderer/components/ColumnChooser/ColumnChooser'
import { useTableColumns } from '@renderer/components/ColumnChooser/useTableColumns'
import { useVirtualTable } from '@renderer/components/DataTable/useVirtualTable'
import { ListPage } from '@renderer/components/ListPage/ListPage'
import { StatusFilter } from '@renderer/components/StatusFilter/StatusFilter'
import { TableEmpty } from '@renderer/components/TableEmpty/TableEmpty'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { usePublishRecordSequence } from '@renderer/hooks/useRecordSequence'
import { useTableQuery } from '@renderer/hooks/useTableQuery'
import { useLabels } from '@renderer/i18n/useLabels'
import {
  STATEMENT_COLUMNS,
  StatementsTable,
  useStatementColumnLabels,
} from '../StatementsTable/StatementsTable'
import { UnreferencedTable } from '../UnreferencedTable/UnreferencedTable'
import { useUnreferenced } from '../UnreferencedTable/useUnreferenced'

export function StatementsPage() {
  const { t } = useTranslation('tables')
  const labels = useLabels()
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const table = useTableQuery({ sortBy: 'subject', sortDirection: 'asc' })
  const [unreferenced, setUnreferenced] = useState(false)
  // Statements without references still come a page at a time, from the problems list.
  const [uncitedPage, setUncitedPage] = useState(1)
  const list = useVirtualTable('statement', table.query, !unreferenced)
  usePublishRecordSequence('statement', list.loadedIds)
  const uncited = useUnreferenced(uncitedPage, unreferenced)
  const columns = useTableColumns('statements', STATEMENT_COLUMNS, STATEMENT_COLUMNS)
  const columnLabels = useStatementColumnLabels()
  const page = list.first.data
  const countText = unreferenced
    ? uncited.total !== undefined
      ? t('statements.withoutReferencesCount', { countText: labels.count(uncited.total, 'statement') })
      : undefined
    : page && labels.count(page.total, 'statement')

  const filters = (
    <>
      <StatusFilter value={table.status} onChange={table.setStatus} disabled={unreferenced} />
      <Tooltip label={t('statements.deprecatedHint')} withArrow>
        <Switch
          label={t('statements.withoutReferences')}
          checked={unreferenced}
          onChange={(event) => {
            setUnreferenced(event.currentTarget.checked)
            setUncitedPage(1)
          }}
        />
      </Tooltip>
    </>
  )
  const failed = unreferenced ? uncited.problems : list.first

  return (
    <ListPage
      title={t('statements.title')}
      countText={countText}
      searchLabel={t('statements.search')}
      searchPlaceholder={t('statements.searchPlaceholder')}
      search={table.search}
      onSearch={table.setSearch}
      searchDisabled={unreferenced}
      newLabel={t('statements.new')}
      onNew={() => openRecord('statement', null)}
      newDisabled={info.data?.readOnly}
      loading={unreferenced ? uncited.problems.isFetching : list.isFetching}
      position={unreferenced ? undefined : list.position}
      pager={
        unreferenced ? { total: uncited.total ?? 0, page: uncitedPage, onPage: setUncitedPage } : undefined
      }
      tools={
        !unreferenced && (
          <ColumnChooser
            columns={STATEMENT_COLUMNS.map((key) => ({ key, label: columnLabels[key] }))}
            visible={columns.visible}
            onChange={columns.setVisible}
            required={['subject']}
          />
        )
      }
      filters={filters}
    >
      {failed.isError && (
        <Alert color="red" m="md" title={t('statements.readError')}>
          {failed.error?.message}
        </Alert>
      )}
      {unreferenced && uncited.total === 0 && <EmptyState py="xl" title={t('statements.allReferenced')} />}
      {unreferenced && uncited.rows.length > 0 && (
        <UnreferencedTable
          rows={uncited.rows}
          onOpen={(id) => openRecord('statement', id, { focus: '/references' })}
        />
      )}
      {!unreferenced && page && page.total === 0 && (
        <TableEmpty
          noun={t('nouns.statements')}
          search={table.activeSearch}
          onClearSearch={() => table.setSearch('')}
          onCreate={() => openRecord('statement', null)}
          filtered={table.status.length > 0}
          onClearFilters={() => table.setStatus([])}
        />
      )}
      {!unreferenced && page && page.total > 0 && (
        <StatementsTable
          visible={columns.visible}
          total={list.total}
          rowAt={list.rowAt}
          onRange={list.onRange}
          sort={table.sort}
          onSort={table.setSort}
          onOpen={(id) => openRecord('statement', id)}
        />
      )}
    </ListPage>
  )
}
