import { useQueries } from '@tanstack/react-query'
import type { ProblemQuery } from '@shared/domain'
import { PAGE_SIZE } from '@renderer/hooks/useTableQuery'
import { useProblems } from '@renderer/hooks/useReview'
import { api, recordKeys } from '@renderer/lib/api'

/**
 * Statements without a reference, a page at a time. Main's statement query cannot filter by
 * references, so the list comes from the `statement.citation-needed` problems (acknowledged ones
 * included: they still have no reference), and each statement is read for its value and status.
 */
export function useUnreferenced(page: number, enabled: boolean) {
  const query: ProblemQuery = {
    rule: 'statement.citation-needed',
    kind: 'statement',
    includeAcknowledged: true,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  }
  const problems = useProblems(enabled ? query : { limit: 1 })
  const rows = enabled ? (problems.data?.rows ?? []) : []
  const records = useQueries({
    queries: rows.map((problem) => ({
      queryKey: recordKeys.detail('statement', problem.record.id),
      queryFn: () => api.getRecord('statement', problem.record.id),
    })),
  })
  return {
    problems,
    rows: rows.map((problem, index) => ({ problem, record: records[index]?.data })),
    total: enabled ? problems.data?.total : undefined,
  }
}
