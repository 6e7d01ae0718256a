import { useMemo } from 'react'
import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useVirtualTable } from '@renderer/components/DataTable/useVirtualTable'
import { ListPage } from '@renderer/components/ListPage/ListPage'
import { TableEmpty } from '@renderer/components/TableEmpty/TableEmpty'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { usePublishRecordSequence } from '@renderer/hooks/useRecordSequence'
import { useTableQuery } from '@renderer/hooks/useTableQuery'
import { usePropertyUsage } from '../usePropertyUsage'
import { PropertiesTable } from './PropertiesTable'

/** The property registry: what statements can say, each with its datatype and constraints. */
export function PropertiesPage() {
  const { t, i18n } = useTranslation('properties')
  const { openRecord } = useNavigation()
  const info = useDatasetInfo()
  const table = useTableQuery({ sortBy: 'label', sortDirection: 'asc' })
  // Labels sort as the curator reads them: the Chinese interface by Chinese label, in pinyin.
  const query = useMemo(() => ({ ...table.query, language: i18n.language }), [table.query, i18n.language])
  const list = useVirtualTable('property', query)
  usePublishRecordSequence('property', list.loadedIds)
  const usage = usePropertyUsage()
  const page = list.first.data

  return (
    <ListPage
      title={t('title')}
      countText={page ? t('count', { count: page.total }) : undefined}
      searchLabel={t('search')}
      searchPlaceholder={t('searchPlaceholder')}
      search={table.search}
      onSearch={table.setSearch}
      newLabel={t('new')}
      onNew={() => openRecord('property', null)}
      newDisabled={info.data?.readOnly}
      loading={list.isFetching}
      position={list.position}
    >
      {list.first.isError && (
        <Alert color="red" m="md" title={t('readError')}>
          {list.first.error.message}
        </Alert>
      )}
      {page && page.total === 0 && (
        <TableEmpty
          noun={t('noun')}
          search={table.activeSearch}
          onClearSearch={() => table.setSearch('')}
          onCreate={() => openRecord('property', null)}
        />
      )}
      {page && page.total > 0 && (
        <PropertiesTable
          total={list.total}
          rowAt={list.rowAt}
          onRange={list.onRange}
          sort={table.sort}
          onSort={table.setSort}
          onOpen={(id) => openRecord('property', id)}
          usage={usage}
        />
      )}
    </ListPage>
  )
}
