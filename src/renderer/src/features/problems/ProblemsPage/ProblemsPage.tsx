import { useState } from 'react'
import { Alert, EmptyState, Group, Loader, Pagination, Text, Title } from '@mantine/core'
import type { ProblemQuery } from '../../../../../shared/domain'
import listClasses from '../../../components/ListPage/ListPage.module.css'
import { useNavigation } from '../../../hooks/useNavigation'
import { useProblems } from '../../../hooks/useReview'
import { countLabel } from '../../../lib/labels'
import { SEVERITY_ORDER, severityCount } from '../../../lib/issues'
import { ProblemsByRule } from './ProblemsByRule'
import type { ProblemFilters } from './ProblemsFilters'
import { ProblemsFilters } from './ProblemsFilters'
import { ProblemsTable } from './ProblemsTable'
import classes from './ProblemsPage.module.css'

const PAGE_SIZE = 50
const NO_FILTERS: ProblemFilters = { severity: null, rule: null, kind: null, includeAcknowledged: false }

/** Every issue in the dataset, counted by severity and rule, filtered, a page at a time. */
export function ProblemsPage() {
  const { openRecord } = useNavigation()
  const [filters, setFilters] = useState<ProblemFilters>(NO_FILTERS)
  const [page, setPage] = useState(1)
  const query: ProblemQuery = {
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    ...(filters.severity ? { severity: filters.severity } : {}),
    ...(filters.rule ? { rule: filters.rule } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.includeAcknowledged ? { includeAcknowledged: true } : {}),
  }
  const problems = useProblems(query)
  const data = problems.data
  const change = (next: ProblemFilters) => {
    setFilters(next)
    setPage(1)
  }
  const open = data ? data.bySeverity.error + data.bySeverity.warning + data.bySeverity.suggestion : 0
  const filtered = filters.severity || filters.rule || filters.kind

  return (
    <div className={listClasses.page}>
      <div className={listClasses.header}>
        <Title order={2}>Problems</Title>
        <Group gap={8} mih={24}>
          <Text c="dimmed" size="sm" aria-live="polite">
            {data &&
              `${countLabel(open, 'open problem')}: ${SEVERITY_ORDER.map((s) => severityCount(s, data.bySeverity[s])).join(', ')}`}
          </Text>
          {problems.isFetching && <Loader size={14} aria-label="Loading" />}
        </Group>
      </div>
      {problems.isError && <Alert color="red">{problems.error.message}</Alert>}
      {data && (
        <div className={classes.layout}>
          <aside className={classes.aside} aria-label="Problems by rule">
            <ProblemsByRule
              data={data}
              rule={filters.rule}
              onRule={(rule, severity) =>
                change({ ...filters, rule, severity: rule ? severity : filters.severity })
              }
            />
          </aside>
          <div className={classes.main}>
            <ProblemsFilters filters={filters} onChange={change} data={data} />
            <div className={listClasses.tableArea}>
              {data.total === 0 ? (
                <EmptyState
                  py="xl"
                  title={
                    filtered
                      ? 'No problem matches these filters.'
                      : 'No problems: every record passes every check.'
                  }
                />
              ) : (
                <ProblemsTable
                  rows={data.rows}
                  onOpen={(kind, id, path) => openRecord(kind, id, { focus: path })}
                />
              )}
            </div>
            {data.total > PAGE_SIZE && (
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {data.offset + 1}–{Math.min(data.total, data.offset + PAGE_SIZE)} of{' '}
                  {data.total.toLocaleString('en')}
                </Text>
                <Pagination
                  total={Math.ceil(data.total / PAGE_SIZE)}
                  value={page}
                  onChange={setPage}
                  size="sm"
                />
              </Group>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
