import type { CitationCoverage, ItemRef, ProblemQuery, RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { CuratorError } from '../dataset/errors'
import type { SchemaValidators } from '../validation/ajv'
import { sameItem } from '../query/rows'
import { ProblemsIndex } from './problems'
import type { RecordService } from '../records/record-service'

/** Statements with at least one reference, over the dataset or about one subject. */
function citationCoverage(store: DatasetStore, subject?: ItemRef): CitationCoverage {
  let statements = 0
  let referenced = 0
  for (const s of store.all('statement')) {
    if (s.rank === 'deprecated') continue
    if (subject && !sameItem(s.subject, subject)) continue
    statements += 1
    if (s.references.length > 0) referenced += 1
  }
  return { statements, referenced }
}

/** Checks as the curator types, the Problems panel, citation coverage and acknowledged warnings. */
export function createReviewHandlers(deps: {
  store: () => DatasetStore
  writable: () => DatasetStore
  validators: SchemaValidators
  records: RecordService
  curatorName: () => Promise<string>
  clock: () => Date
  /** Shared with the sites query's "has issues" facet, so the dataset is checked once per revision. */
  problems?: ProblemsIndex
}) {
  const problems = deps.problems ?? new ProblemsIndex(deps.validators)
  return {
    validateDraft: async (kind: RecordKind, draft: unknown) => deps.records.check(deps.store(), kind, draft),
    listProblems: async (query: ProblemQuery) => {
      // A large dataset's problems come from its deep check in the worker: wait for it, not check again.
      await problems.whenReady(deps.store())
      return problems.query(deps.store(), query)
    },
    getCoverage: async (subject?: ItemRef) => citationCoverage(deps.store(), subject),
    acknowledgeIssue: async (kind: RecordKind, id: string, rule: string, path: string, reason: string) => {
      const store = deps.writable()
      const record = store.get(kind, id) as
        (RecordOf[RecordKind] & { acknowledgements?: unknown[] }) | undefined
      if (!record) throw new CuratorError('NOT_FOUND', `There is no ${kind} with the id “${id}”.`)
      const issue = deps.records.check(store, kind, record).find((i) => i.rule === rule && i.path === path)
      if (!issue)
        throw new CuratorError('NOT_FOUND', `“${id}” has no ${rule} issue at ${path || 'the record'}.`)
      if (issue.severity === 'error') {
        throw new CuratorError(
          'VALIDATION',
          'An error cannot be acknowledged: fix it, or the record cannot be approved.',
        )
      }
      const at = deps.clock().toISOString()
      const acknowledgement = { rule, path, reason, by: await deps.curatorName(), at }
      const others = (record.acknowledgements ?? []).filter((a) => {
        const { rule: r, path: p } = a as { rule: string; path?: string }
        return r !== rule || p !== path
      })
      return deps.records.save(store, kind, { ...record, acknowledgements: [...others, acknowledgement] })
    },
  }
}
