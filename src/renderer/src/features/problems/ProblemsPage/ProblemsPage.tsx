import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, EmptyState, Group, Loader, Pagination, Text, Title } from '@mantine/core'
import type { ProblemQuery } from '@shared/domain'
import listClasses from '@renderer/components/ListPage/ListPage.module.css'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useProblems } from '@renderer/hooks/useReview'
import { useLabels } from '@renderer/i18n/useLabels'
import { SEVERITY_ORDER } from '@renderer/lib/issues'
import { ProblemsByRule } from './ProblemsByRule'
import type { ProblemFilters } from './ProblemsFilters'
import { ProblemsFilters } from './ProblemsFilters'
import { ProblemsTable } from './ProblemsTable'
import classes from './ProblemsPage.module.css'

const PAGE_SIZE = 50
const NO_FILTERS: ProblemFilters = { severity: null, rule: null, kind: null, includeAcknowledged: false }

/** Every issue in the dataset, counted by severity and rule, filtered, a page at a time. */
export function ProblemsPage() {
  const { t } = useTranslation(['problems', 'shell'])
  const { severityCount } = useLabels()
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
        <Title order={2}>{t('title')}</Title>
        <Group gap={8} mih={24}>
          <Text c="dimmed" size="sm" aria-live="polite">
            {data &&
              t('summary', {
                open: t('openProblems', { count: open }),
                counts: SEVERITY_ORDER.map((s) => severityCount(s, data.bySeverity[s])).join(
                  t('shell:listSeparator'),
                ),
              })}
          </Text>
          {problems.isFetching && <Loader size={14} aria-label={t('loading')} />}
        </Group>
      </div>
      {problems.isError && <Alert color="red">{problems.error.message}</Alert>}
      {data && (
        <div className={classes.layout}>
          <aside className={classes.aside} aria-label={t('byRuleLabel')}>
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
                <EmptyState py="xl" title={filtered ? t('noneMatch') : t('none')} />
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
                  {t('range', {
                    from: data.offset + 1,
                    to: Math.min(data.total, data.offset + PAGE_SIZE),
                    total: data.total,
                  })}
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
