import { useState } from 'react'
import { EmptyState, Switch, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RecordListPage } from '@renderer/components/RecordListPage/RecordListPage'
import { useRecordListing } from '@renderer/components/RecordListPage/useRecordListing'
import { StatusFilter } from '@renderer/components/StatusFilter/StatusFilter'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useLabels } from '@renderer/i18n/useLabels'
import { STATEMENT_COLUMNS, StatementsTable } from '../StatementsTable/StatementsTable'
import { UnreferencedTable } from '../UnreferencedTable/UnreferencedTable'
import { useUnreferenced } from '../UnreferencedTable/useUnreferenced'

export function StatementsPage() {
  const { t } = useTranslation('tables')
  const labels = useLabels()
  const { openRecord } = useNavigation()
  const [unreferenced, setUnreferenced] = useState(false)
  // Statements without references still come a page at a time, from the problems list.
  const [uncitedPage, setUncitedPage] = useState(1)
  const listing = useRecordListing('statement', {
    sort: { sortBy: 'subject', sortDirection: 'asc' },
    enabled: !unreferenced,
    columns: {
      table: 'statements',
      all: STATEMENT_COLUMNS,
      defaults: STATEMENT_COLUMNS,
      required: 'subject',
    },
  })
  const { table } = listing
  const uncited = useUnreferenced(uncitedPage, unreferenced)

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
      listing={listing}
      filters={filters}
      otherView={unreferencedView}
      renderTable={(rows) => <StatementsTable {...rows} />}
    />
  )
}
