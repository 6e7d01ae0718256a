import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SourceRow } from '@shared/domain'
import type { Column } from '@renderer/components/DataTable/DataTable'
import { DataTable } from '@renderer/components/DataTable/DataTable'
import { useColumnLabels } from '@renderer/components/ColumnChooser/useTableColumns'
import { ExternalLink } from '@renderer/components/ExternalLink/ExternalLink'
import type { SortState } from '@renderer/components/SortableTh/SortableTh'
import { StatusBadge } from '@renderer/components/StatusBadge/StatusBadge'
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

interface SourcesTableProps {
  visible: readonly string[]
  total: number
  rowAt: (index: number) => SourceRow | undefined
  onRange: Parameters<typeof DataTable<SourceRow>>[0]['onRange']
  sort: SortState
  onSort: (sort: SortState) => void
  onOpen: (id: string) => void
}

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

export function SourcesTable(props: SourcesTableProps) {
  const { t } = useTranslation('tables')
  const labels = useLabels()
  const header = useSourceColumnLabels()
  const all: Column<SourceRow>[] = [
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
    { key: 'container', label: header.container, flex: '2 1 9rem', render: (row) => <Container row={row} /> },
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
    {
      key: 'status',
      label: header.status,
      sortable: true,
      flex: '0 0 7.5rem',
      render: (row) => <StatusBadge status={row.status} />,
    },
  ]
  return (
    <DataTable
      label={t('sources.title')}
      columns={all.filter((c) => props.visible.includes(c.key))}
      total={props.total}
      rowAt={props.rowAt}
      onOpen={(row) => props.onOpen(row.id)}
      sort={props.sort}
      onSort={props.onSort}
      onRange={props.onRange}
      rowHeight={60}
      minWidth={760}
    />
  )
}
