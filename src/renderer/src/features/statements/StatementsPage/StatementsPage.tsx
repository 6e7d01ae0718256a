import { useState } from 'react'
import { EmptyState, Switch, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useTableColumns } from '../../../components/ColumnChooser/useTableColumns'
import { RecordListPage } from '../../../components/RecordListPage/RecordListPage'
import { useListedRecords } from '../../../components/RecordListPage/useListedRecords'
import { StatusFilter } from '../../../components/StatusFilter/StatusFilter'
import { useNavigation } from '../../../hooks/useNavigation'
import { useTableQuery } from '../../../hooks/useTableQuery'
import { useLabels } from '../../../i18n/useLabels'
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
  const table = useTableQuery({ sortBy: 'subject', sortDirection: 'asc' })
  const [unreferenced, setUnreferenced] = useState(false)
  // Statements without references still come a page at a time, from the problems list.
  const [uncitedPage, setUncitedPage] = useState(1)
  const list = useListedRecords('statement', table.query, !unreferenced)
  const uncited = useUnreferenced(uncitedPage, unreferenced)
  const { visible, setVisible } = useTableColumns('statements', STATEMENT_COLUMNS, STATEMENT_COLUMNS)
  const columnLabels = useStatementColumnLabels()

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
  // The statements without references: a list of problems, with pages, in place of the table.
  const unreferencedView = unreferenced
    ? {
        body: (
          <>
            {uncited.total === 0 && <EmptyState py="xl" title={t('statements.allReferenced')} />}
            {uncited.rows.length > 0 && (
              <UnreferencedTable
                rows={uncited.rows}
                onOpen={(id) => openRecord('statement', id, { focus: '/references' })}
              />
            )}
          </>
        ),
        status: {
          countText:
            uncited.total !== undefined
              ? t('statements.withoutReferencesCount', {
                  countText: labels.count(uncited.total, 'statement'),
                })
              : undefined,
          loading: uncited.problems.isFetching,
          failed: uncited.problems,
          pager: { total: uncited.total ?? 0, page: uncitedPage, onPage: setUncitedPage },
          searchDisabled: true,
        },
      }
    : undefined

  return (
    <RecordListPage
      kind="statement"
      texts={{
        title: t('statements.title'),
        search: t('statements.search'),
        searchPlaceholder: t('statements.searchPlaceholder'),
        new: t('statements.new'),
        readError: t('statements.readError'),
        noun: t('nouns.statements'),
      }}
      table={table}
      list={list}
      count={(total) => labels.count(total, 'statement')}
      columns={{ all: STATEMENT_COLUMNS, labels: columnLabels, visible, setVisible, required: 'subject' }}
      filters={filters}
      otherView={unreferencedView}
      renderTable={(rows) => <StatementsTable {...rows} />}
    />
  )
}
