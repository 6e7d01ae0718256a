import type { ItemRef } from '@shared/domain'
import type { DatasetStore } from '../dataset/dataset-store'
import { exportGate, type GateOptions } from '../exchange/gate'
import { quickStatements } from '../exchange/quickstatements'
import { quickStatementsSummary } from '../exchange/quickstatements-preview'
import type { SchemaValidators } from '../validation/ajv'
import type { ProblemsIndex } from './problems'
import { suggestProperties } from './property-suggestions'
import { propertyUsage } from '../records/property-usage'

/** The statement form's property suggestions, and what a QuickStatements export would write. */
export function createCurationHandlers(deps: {
  store: () => DatasetStore
  validators: SchemaValidators
  problems: ProblemsIndex
}) {
  return {
    suggestProperties: async (subject: ItemRef) => suggestProperties(deps.store(), subject),
    propertyUsage: async () => propertyUsage(deps.store()),
    /** Counts, writing nothing, with the options the export dialog has chosen. */
    previewQuickStatements: async (options: Pick<GateOptions, 'approvedOnly'> = {}) => {
      const store = deps.store()
      await deps.problems.whenReady(store)
      const records = store.snapshot()
      const input = { manifest: store.manifest, records, issues: deps.problems.issuesOf(store) }
      const { kept } = exportGate(input, deps.validators, { approvedOnly: options.approvedOnly ?? false })
      return quickStatementsSummary(kept, quickStatements(kept), records)
    },
  }
}
