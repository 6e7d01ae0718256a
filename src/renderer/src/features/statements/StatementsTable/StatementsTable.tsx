import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StatementRow } from '@shared/domain'
import type { Column } from '@renderer/components/DataTable/DataTable'
import { DataTable } from '@renderer/components/DataTable/DataTable'
import { useColumnLabels } from '@renderer/components/ColumnChooser/useTableColumns'
import type { SortState } from '@renderer/components/SortableTh/SortableTh'
import { StatusBadge } from '@renderer/components/StatusBadge/StatusBadge'
import { useLabels } from '@renderer/i18n/useLabels'
import { countryName } from '@renderer/lib/countries'
import { propertyLabel, useProperties } from '@renderer/hooks/useProperties'
import { RetiredBadge } from '@renderer/features/properties/RetiredBadge/RetiredBadge'
import { CitationBadge } from '../CitationBadge/CitationBadge'
import classes from './StatementsTable.module.css'
import { useLocalName } from '@renderer/lib/record-name'

/** Every column of the statements table, in order; the subject cannot be hidden. */
export const STATEMENT_COLUMNS = ['subject', 'property', 'value', 'references', 'rank', 'status'] as const

interface StatementsTableProps {
  visible: readonly string[]
  total: number
  rowAt: (index: number) => StatementRow | undefined
  onRange: Parameters<typeof DataTable<StatementRow>>[0]['onRange']
  sort: SortState
  onSort: (sort: SortState) => void
  onOpen: (id: string) => void
}

export function useStatementColumnLabels() {
  return useColumnLabels('statements', STATEMENT_COLUMNS)
}

function Clamp({ text }: { text: string }) {
  return (
    <Text size="sm" lineClamp={2} title={text}>
      {text}
    </Text>
  )
}

/** The statement's property in the interface language (main's row has its English label), marked when retired. */
function PropertyCell({ row }: { row: StatementRow }) {
  const { i18n } = useTranslation()
  const { byId } = useProperties()
  const property = byId.get(row.property)
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Clamp text={property ? propertyLabel(property, row.property, i18n.language) : row.propertyLabel} />
      {property?.retired && <RetiredBadge />}
    </Group>
  )
}

function Subject({ row }: { row: StatementRow }) {
  const { t } = useTranslation('tables')
  const localName = useLocalName()
  const country = row.subject.kind === 'country' ? row.subject.code : undefined
  const name = country ? countryName(country) : localName(row.subjectNames) || row.subjectLabel
  return (
    <>
      <Text size="sm" fw={500} lineClamp={1} title={name}>
        {name}
      </Text>
      <Text size="xs" c="dimmed">
        {country ? t('statements.countrySubject', { code: country }) : t('statements.siteSubject')}
      </Text>
    </>
  )
}

export function StatementsTable(props: StatementsTableProps) {
  const { t } = useTranslation('tables')
  const labels = useLabels()
  const header = useStatementColumnLabels()
  const all: Column<StatementRow>[] = [
    {
      key: 'subject',
      label: header.subject,
      sortable: true,
      flex: '2 1 12rem',
      render: (row) => <Subject row={row} />,
    },
    {
      key: 'property',
      label: header.property,
      sortable: true,
      flex: '1 1 9rem',
      render: (row) => <PropertyCell row={row} />,
    },
    {
      key: 'value',
      label: header.value,
      sortable: true,
      flex: '2 1 8rem',
      render: (row) => <Clamp text={row.valueText} />,
    },
    {
      key: 'references',
      label: header.references,
      sortable: true,
      flex: '0 0 8rem',
      render: (row) => <CitationBadge count={row.referenceCount} deprecated={row.rank === 'deprecated'} />,
    },
    {
      key: 'rank',
      label: header.rank,
      sortable: true,
      flex: '0 0 7rem',
      className: classes.nowrap,
      render: (row) => labels.rank(row.rank),
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
      label={t('statements.title')}
      columns={all.filter((c) => props.visible.includes(c.key))}
      total={props.total}
      rowAt={props.rowAt}
      onOpen={(row) => props.onOpen(row.id)}
      sort={props.sort}
      onSort={props.onSort}
      onRange={props.onRange}
      rowHeight={60}
      minWidth={720}
    />
  )
}
