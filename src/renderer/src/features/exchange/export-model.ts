import type { ExportFormat, ExportRequest } from '@shared/exchange'
import type { RecordKind } from '@shared/result'

/** What the export dialog's form holds. */
export interface ExportChoices {
  format: ExportFormat
  approvedOnly: boolean
  allOrNothing: boolean
  perKind: boolean
  jsonLines: boolean
  bom: boolean
}

export const EXPORT_DEFAULTS: ExportChoices = {
  format: 'csv',
  approvedOnly: false,
  allOrNothing: false,
  perKind: false,
  jsonLines: false,
  bom: false,
}

/** The formats, by their names (proper nouns); what each is, in the locales' `formatHelp`. */
export const FORMATS: { value: ExportFormat; label: string }[] = [
  {
    value: 'json',
    label: 'JSON',
  },
  {
    value: 'csv',
    label: 'CSV',
  },
  {
    value: 'datapackage',
    label: 'Data Package',
  },
  {
    value: 'quickstatements',
    label: 'QuickStatements',
  },
]

/** The options main takes, only those that apply to the format chosen; main's dialog picks the folder. */
export function exportOptions(choices: ExportChoices, jobId: string): ExportRequest {
  return {
    format: choices.format,
    approvedOnly: choices.approvedOnly,
    allOrNothing: choices.allOrNothing,
    ...(choices.format === 'json' ? { perKind: choices.perKind, jsonLines: choices.jsonLines } : {}),
    ...(choices.format === 'csv' || choices.format === 'datapackage' ? { bom: choices.bom } : {}),
    jobId,
  }
}

export const KIND_LABELS: Record<RecordKind, { one: string; many: string }> = {
  site: { one: 'Site', many: 'Sites' },
  source: { one: 'Source', many: 'Sources' },
  property: { one: 'Property', many: 'Properties' },
  statement: { one: 'Statement', many: 'Statements' },
}

/** "12.3 kB" */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
