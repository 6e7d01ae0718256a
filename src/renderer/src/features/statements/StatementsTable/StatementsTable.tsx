import { useMemo } from 'react'
import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StatementRow } from '@shared/domain'
import type { Column } from '@renderer/components/DataTable/DataTable'
import { useColumnLabels } from '@renderer/components/ColumnChooser/useTableColumns'
import type { RecordTableProps } from '@renderer/components/RecordTable/RecordTable'
import { RecordTable, statusColumn } from '@renderer/components/RecordTable/RecordTable'
import { useLabels } from '@renderer/i18n/useLabels'
import { countryName } from '@renderer/lib/countries'
import { propertyLabel, useProperties } from '@renderer/hooks/useProperties'
import { RetiredBadge } from '@renderer/features/properties/RetiredBadge/RetiredBadge'
import { CitationBadge } from '../CitationBadge/CitationBadge'
import classes from './StatementsTable.module.css'
import { useLocalName } from '@renderer/lib/record-name'

/** Every column of the statements table, in order; the subject cannot be hidden. */
export const STATEMENT_COLUMNS = ['subject', 'property', 'value', 'references', 'rank', 'status'] as const

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

/** Every column of the statements table, as data: the same objects until the language changes. */
function useStatementColumns(): Column<StatementRow>[] {
  const labels = useLabels()
  const header = useStatementColumnLabels()
  return useMemo<Column<StatementRow>[]>(
    () => [
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
      statusColumn(header.status),
    ],
    [labels, header],
  )
}

export function StatementsTable(props: RecordTableProps<StatementRow>) {
  const { t } = useTranslation('tables')
  const columns = useStatementColumns()
  return (
    <RecordTable {...props} label={t('statements.title')} columns={columns} rowHeight={60} minWidth={720} />
  )
}
