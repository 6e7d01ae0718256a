import { useMemo } from 'react'
import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SourceRow } from '@shared/domain'
import type { Column } from '@renderer/components/DataTable/DataTable'
import { useColumnLabels } from '@renderer/components/ColumnChooser/useTableColumns'
import { ExternalLink } from '@renderer/components/ExternalLink/ExternalLink'
import type { RecordTableProps } from '@renderer/components/RecordTable/RecordTable'
import { RecordTable, statusColumn } from '@renderer/components/RecordTable/RecordTable'
import { useLabels } from '@renderer/i18n/useLabels'
import classes from './SourcesTable.module.css'

/** Every column of the sources table, in order; the title cannot be hidden. */
export const SOURCE_COLUMNS = [
  'title',
  'type',
  'container',
  'issuedYear',
  'url',
  'citedBy',
  'status',
] as const

export function useSourceColumnLabels() {
  return useColumnLabels('sources', SOURCE_COLUMNS)
}

function Container({ row }: { row: SourceRow }) {
  const second = row.containerTitle && row.publisher !== row.containerTitle ? row.publisher : undefined
  return (
    <>
      <Text size="sm" lineClamp={second ? 1 : 2} title={row.containerTitle ?? row.publisher}>
        {row.containerTitle ?? row.publisher}
      </Text>
      {second && (
        <Text size="sm" c="dimmed" lineClamp={1} title={second}>
          {second}
        </Text>
      )}
    </>
  )
}

/** Every column of the sources table, as data: the same objects until the language changes. */
function useSourceColumns(): Column<SourceRow>[] {
  const labels = useLabels()
  const header = useSourceColumnLabels()
  return useMemo<Column<SourceRow>[]>(
    () => [
      {
        key: 'title',
        label: header.title,
        sortable: true,
        flex: '3 1 16rem',
        render: (row) => (
          // One line cut with an ellipsis, the whole title on hover: two lines made rows tall and still cut it.
          <Text size="sm" fw={500} lineClamp={1} title={row.title}>
            {row.title}
          </Text>
        ),
      },
      {
        key: 'type',
        label: header.type,
        sortable: true,
        flex: '0 0 9rem',
        render: (row) => labels.sourceType(row.type),
      },
      {
        key: 'container',
        label: header.container,
        flex: '2 1 9rem',
        render: (row) => <Container row={row} />,
      },
      {
        key: 'issuedYear',
        label: header.issuedYear,
        sortable: true,
        flex: '0 0 5rem',
        className: classes.nowrap,
        render: (row) => row.issuedYear ?? '',
      },
      {
        key: 'url',
        label: header.url,
        flex: '1 1 9rem',
        render: (row) => row.URL && <ExternalLink url={row.URL} truncate />,
      },
      {
        key: 'citedBy',
        label: header.citedBy,
        sortable: true,
        flex: '0 0 6.5rem',
        className: classes.nowrap,
        render: (row) => row.citedBy,
      },
      statusColumn(header.status),
    ],
    [labels, header],
  )
}

export function SourcesTable(props: RecordTableProps<SourceRow>) {
  const { t } = useTranslation('tables')
  const columns = useSourceColumns()
  return <RecordTable {...props} label={t('sources.title')} columns={columns} rowHeight={60} minWidth={760} />
}
