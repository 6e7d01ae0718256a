import type { QuickStatementsPreview } from '@shared/domain'
import type { Collections } from '../dataset/read-dataset'
import type { QuickStatementsResult } from './quickstatements'

/**
 * What a QuickStatements export writes, in the curator's terms: how many statements yield
 * commands, how many sites can take them, and, when none do, why, judged over the whole dataset
 * (`all`) and not only what the export keeps: no site has a Wikidata item yet; the sites that have
 * one have no statements; or the export left every such statement out (not approved, an error, or
 * nothing QuickStatements can say: the report's notes say which).
 */
export function quickStatementsSummary(
  kept: Collections,
  result: Pick<QuickStatementsResult, 'commands' | 'statements'>,
  all: Collections = kept,
): QuickStatementsPreview {
  const sitesWithItem = kept.site.filter((s) => s.wikidataId).length
  const summary = { statements: result.statements, commands: result.commands, sitesWithItem }
  if (result.commands > 0) return summary
  const withItem = new Set(all.site.filter((s) => s.wikidataId).map((s) => s.id))
  const aboutThem = all.statement.some((s) => s.subject.kind === 'site' && withItem.has(s.subject.id))
  const reason = withItem.size === 0 ? 'no-wikidata-items' : aboutThem ? 'left-out' : 'no-statements'
  return { ...summary, reason }
}

/** The report's note for an export that wrote no command, in plain words. */
export function emptyExportNote(reason: NonNullable<QuickStatementsPreview['reason']>): string {
  const why = {
    'no-wikidata-items': 'no site has a Wikidata item yet (add one on the site form)',
    'no-statements': 'the sites that have a Wikidata item have no statements',
    'left-out': 'every statement about a site with a Wikidata item was left out (see the other notes)',
  }[reason]
  return `No QuickStatements commands were written: ${why}.`
}
