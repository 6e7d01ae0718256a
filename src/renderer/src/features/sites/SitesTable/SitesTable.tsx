import { useCallback, useMemo } from 'react'
import { Badge, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SiteRow } from '@shared/domain'
import type { Column } from '@renderer/components/DataTable/DataTable'
import { DataTable } from '@renderer/components/DataTable/DataTable'
import { useColumnLabels } from '@renderer/components/ColumnChooser/useTableColumns'
import type { SortState } from '@renderer/components/SortableTh/SortableTh'
import { StatusBadge } from '@renderer/components/StatusBadge/StatusBadge'
import { useFormat } from '@renderer/i18n/format'
import { useLabels } from '@renderer/i18n/useLabels'
import { CATEGORY_COLORS, criterionLabel } from '@renderer/lib/labels'
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

interface SitesTableProps {
  /** The dataset's languages: the first names the site, the others are shown under it. */
  languages: readonly string[]
  visible: readonly string[]
  total: number
  rowAt: (index: number) => SiteRow | undefined
  onRange: Parameters<typeof DataTable<SiteRow>>[0]['onRange']
  sort: SortState
  onSort: (sort: SortState) => void
  onOpen: (id: string) => void
}

interface SiteNameProps {
  name: SiteRow['name']
  languages: readonly string[]
  /** Shown under the name when the "In danger" column is hidden. */
  inDanger?: boolean
  /** The words, from the table (one lookup per table, not per row). */
  inDangerLabel: string
  /** "Delisted 2009" for a site removed from the List, shown whatever the columns. */
  delistedLabel?: string
  noName: string
}

function SiteName({ name, languages, inDanger, inDangerLabel, delistedLabel, noName }: SiteNameProps) {
  const order = [...new Set([...languages, ...Object.keys(name)])]
  const [primaryLang, ...others] = order.filter((lang) => name[lang])
  return (
    <div>
      <Text
        size="sm"
        fw={500}
        lang={primaryLang}
        lineClamp={1}
        title={primaryLang ? name[primaryLang] : undefined}
      >
        {delistedLabel && (
          <Badge color="gray" variant="filled" radius="sm" size="xs" mr={6}>
            {delistedLabel}
          </Badge>
        )}
        {inDanger && (
          <Badge color="red" variant="filled" radius="sm" size="xs" mr={6}>
            {inDangerLabel}
          </Badge>
        )}
        {primaryLang ? name[primaryLang] : noName}
      </Text>
      {others
        .filter((lang) => languages.includes(lang))
        .slice(0, 1)
        .map((lang) => (
          <Text key={lang} size="sm" c="dimmed" lang={lang} lineClamp={1} title={name[lang]}>
            {name[lang]}
          </Text>
        ))}
    </div>
  )
}

export function useSiteColumnLabels() {
  return useColumnLabels('sites', SITE_COLUMNS)
}

export function SitesTable(props: SitesTableProps) {
  const { languages, visible, sort, onSort, onOpen } = props
  const { t } = useTranslation('tables')
  const labels = useLabels()
  const format = useFormat()
  const header = useSiteColumnLabels()
  // The columns stay the same objects while nothing they show changes, so that the table's
  // memoized rows skip rendering when only the page around them does (a keystroke).
  const columns = useMemo(
    () =>
      siteColumns({ languages, on: visible, header, t, labels, format }).filter((c) =>
        visible.includes(c.key),
      ),
    [languages, visible, header, t, labels, format],
  )
  const onOpenRow = useCallback((row: SiteRow) => onOpen(row.id), [onOpen])
  return (
    <DataTable
      label={t('sites.title')}
      columns={columns}
      total={props.total}
      rowAt={props.rowAt}
      onOpen={onOpenRow}
      sort={sort}
      onSort={onSort}
      onRange={props.onRange}
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
    {
      key: 'status',
      label: header.status,
      sortable: true,
      flex: '0 0 7.5rem',
      render: (row) => <StatusBadge status={row.status} />,
    },
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
