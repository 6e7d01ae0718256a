import { useMemo } from 'react'
import { Badge, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SiteRow } from '@shared/domain'
import type { Column } from '@renderer/components/DataTable/DataTable'
import { useColumnLabels } from '@renderer/components/ColumnChooser/useTableColumns'
import type { RecordTableProps } from '@renderer/components/RecordTable/RecordTable'
import { RecordTable, statusColumn } from '@renderer/components/RecordTable/RecordTable'
import { useFormat } from '@renderer/i18n/format'
import { useLabels } from '@renderer/i18n/useLabels'
import { CATEGORY_COLORS, criterionLabel } from '@renderer/lib/labels'
import { SiteName } from './SiteName'
import classes from './SitesTable.module.css'

/** Every column of the sites table, in order; the first cannot be hidden. */
export const SITE_COLUMNS = [
  'name',
  'unescoId',
  'statesParties',
  'category',
  'criteria',
  'yearInscribed',
  'inDanger',
  'status',
  'updatedAt',
] as const
/** What fits beside the facet panel in a 1280-pixel window; criteria and "in danger" are facets too. */
export const SITE_DEFAULT_COLUMNS = SITE_COLUMNS.filter(
  (c) => c !== 'updatedAt' && c !== 'criteria' && c !== 'inDanger',
)

interface SitesTableProps extends RecordTableProps<SiteRow> {
  /** The dataset's languages: the first names the site, the others are shown under it. */
  languages: readonly string[]
  visible: readonly string[]
}

export function useSiteColumnLabels() {
  return useColumnLabels('sites', SITE_COLUMNS)
}

export function SitesTable({ languages, ...props }: SitesTableProps) {
  const { visible } = props
  const { t } = useTranslation('tables')
  const labels = useLabels()
  const format = useFormat()
  const header = useSiteColumnLabels()
  // Data, the same objects while nothing they show changes (see RecordTable); the name column
  // depends on `visible`: it shows "in danger" when that column is hidden.
  const columns = useMemo(
    () => siteColumns({ languages, on: visible, header, t, labels, format }),
    [languages, visible, header, t, labels, format],
  )
  return (
    <RecordTable
      {...props}
      label={t('sites.title')}
      columns={columns}
      rowHeight={languages.length > 1 ? 60 : 42}
      minWidth={720}
    />
  )
}

interface ColumnContext {
  languages: readonly string[]
  /** The visible columns' keys. */
  on: readonly string[]
  header: ReturnType<typeof useSiteColumnLabels>
  t: ReturnType<typeof useTranslation<'tables'>>['t']
  labels: ReturnType<typeof useLabels>
  format: ReturnType<typeof useFormat>
}

function siteColumns({
  languages,
  on: visible,
  header,
  t,
  labels,
  format,
}: ColumnContext): Column<SiteRow>[] {
  const inDangerLabel = t('sites.inDanger')
  const noName = labels.noName()
  return [
    {
      key: 'name',
      label: header.name,
      sortable: true,
      flex: '3 1 14rem',
      render: (row) => (
        <SiteName
          name={row.name}
          languages={languages}
          inDanger={row.inDanger && !visible.includes('inDanger')}
          inDangerLabel={inDangerLabel}
          delistedLabel={
            row.yearDelisted !== undefined ? t('sites.delisted', { year: row.yearDelisted }) : undefined
          }
          noName={noName}
        />
      ),
    },
    {
      key: 'unescoId',
      label: header.unescoId,
      sortable: true,
      flex: '0 0 6.5rem',
      className: classes.numeric,
      render: (row) => row.unescoId ?? '',
    },
    {
      key: 'statesParties',
      label: header.statesParties,
      sortable: true,
      flex: '1 1 7.5rem',
      render: (row) => row.statesParties.join(', '),
    },
    {
      key: 'category',
      label: header.category,
      sortable: true,
      flex: '0 0 7.5rem',
      render: (row) => (
        <Badge color={CATEGORY_COLORS[row.category] ?? 'gray'} variant="light" radius="sm">
          {labels.category(row.category)}
        </Badge>
      ),
    },
    {
      key: 'criteria',
      label: header.criteria,
      flex: '1 1 6rem',
      className: classes.criteria,
      render: (row) =>
        row.criteria.map((criterion, index) => (
          <span key={criterion}>
            {index > 0 && <wbr />}
            {criterionLabel(criterion)}
          </span>
        )),
    },
    {
      key: 'yearInscribed',
      label: header.yearInscribed,
      sortable: true,
      flex: '0 0 4.5rem',
      className: classes.numeric,
      render: (row) => row.yearInscribed ?? '',
    },
    {
      key: 'inDanger',
      label: header.inDanger,
      flex: '0 0 6rem',
      render: (row) =>
        row.inDanger ? (
          <Badge color="red" variant="filled" radius="sm">
            {t('sites.inDanger')}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {labels.yesNo(false)}
          </Text>
        ),
    },
    statusColumn(header.status),
    {
      key: 'updatedAt',
      label: header.updatedAt,
      sortable: true,
      flex: '0 0 8rem',
      className: classes.numeric,
      render: (row) => (row.updatedAt ? format.date(row.updatedAt) : ''),
    },
  ]
}
