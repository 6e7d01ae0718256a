import { Alert } from '@mantine/core'
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
import { SOURCE_COLUMNS, SourcesTable, useSourceColumnLabels } from '../SourcesTable/SourcesTable'

export function SourcesPage() {
  const { t } = useTranslation('tables')
  const labels = useLabels()
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const table = useTableQuery({ sortBy: 'title', sortDirection: 'asc' })
  const list = useVirtualTable('source', table.query)
  usePublishRecordSequence('source', list.loadedIds)
  const columns = useTableColumns('sources', SOURCE_COLUMNS, SOURCE_COLUMNS)
  const columnLabels = useSourceColumnLabels()
  const page = list.first.data

  return (
    <ListPage
      title={t('sources.title')}
      countText={page ? labels.count(page.total, 'source') : undefined}
      searchLabel={t('sources.search')}
      searchPlaceholder={t('sources.searchPlaceholder')}
      search={table.search}
      onSearch={table.setSearch}
      newLabel={t('sources.new')}
      onNew={() => openRecord('source', null)}
      newDisabled={info.data?.readOnly}
      loading={list.isFetching}
      position={list.position}
      tools={
        <ColumnChooser
          columns={SOURCE_COLUMNS.map((key) => ({ key, label: columnLabels[key] }))}
          visible={columns.visible}
          onChange={columns.setVisible}
          required={['title']}
        />
      }
      filters={<StatusFilter value={table.status} onChange={table.setStatus} />}
    >
      {list.first.isError && (
        <Alert color="red" m="md" title={t('sources.readError')}>
          {list.first.error.message}
        </Alert>
      )}
      {page && page.total === 0 && (
        <TableEmpty
          noun={t('nouns.sources')}
          search={table.activeSearch}
          onClearSearch={() => table.setSearch('')}
          filtered={table.status.length > 0}
          onClearFilters={() => table.setStatus([])}
          onCreate={() => openRecord('source', null)}
        />
      )}
      {page && page.total > 0 && (
        <SourcesTable
          visible={columns.visible}
          total={list.total}
          rowAt={list.rowAt}
          onRange={list.onRange}
          sort={table.sort}
          onSort={table.setSort}
          onOpen={(id) => openRecord('source', id)}
        />
      )}
    </ListPage>
  )
}
