import path from 'node:path'
import type { Manifest } from '../../shared/domain'
import type { ExportManifest, ExportOptions, ExportResult } from '../../shared/exchange'
import { RECORD_KINDS, type RecordKind } from '../../shared/result'
import { CuratorError } from '../dataset/errors'
import type { Collections } from '../dataset/read-dataset'
import type { SchemaValidators } from '../validation/ajv'
import type { IssuesOf } from '../validation/record-issues'
import { buildTables } from './csv/tables'
import { csvBytes } from './csv/write-csv'
import { dataPackage } from './datapackage'
import { refuseDatasetFolder } from './export-folder'
import { exportGate } from './gate'
import { exportDocument, JSON_DOCUMENT, jsonLinesFiles, perKindFiles } from './json-export'
import { type ExchangeControl, throwIfAborted } from './progress'
import { quickStatements } from './quickstatements'
import { describeFile, type OutputFile, outputFile, writeFileSet } from './write-files'

export const GENERATOR = 'Heritage Curator'
export const REPORT_FILE = 'report.json'
export const MANIFEST_FILE = 'manifest.json'
export const QUICKSTATEMENTS_FILE = 'quickstatements.txt'

export interface ExportInput {
  manifest: Manifest
  records: Collections
  validators: SchemaValidators
  /** Every record's issues, when known (the Problems index): the gate then checks nothing again. */
  issues?: IssuesOf
  clock?: () => Date
  /** The dataset's own folder: an export never writes into it. */
  datasetFolder?: string
}

const countOf = (records: Collections) =>
  Object.fromEntries(RECORD_KINDS.map((k) => [k, records[k].length])) as Record<RecordKind, number>

/**
 * Exports the records that pass the gate as JSON, CSV, a Data Package or QuickStatements, with
 * `report.json` (what was left out and why) and `manifest.json` (counts, validation summary and
 * the SHA-256 of every other file). All files appear together or not at all.
 */
export async function exportDataset(
  input: ExportInput,
  options: ExportOptions & { folder: string },
  control: ExchangeControl = {},
): Promise<ExportResult> {
  if (!path.isAbsolute(options.folder))
    throw new CuratorError('VALIDATION', `“${options.folder}” is not an absolute folder path.`)
  await refuseDatasetFolder(options.folder, input.datasetFolder)
  const total = RECORD_KINDS.reduce((n, k) => n + input.records[k].length, 0)
  control.onProgress?.(0, total * 2)
  const gate = exportGate(input, input.validators, options)
  control.onProgress?.(total, total * 2)
  throwIfAborted(control.signal)
  const exportedAt = (input.clock ?? (() => new Date()))().toISOString()
  const manifest: ExportManifest = {
    format: 'heritage-curator-export',
    formatVersion: 1,
    dataset: input.manifest,
    schemaVersion: input.manifest.schemaVersion,
    exportedAt,
    generator: GENERATOR,
    exportFormat: options.format,
    options: { approvedOnly: options.approvedOnly ?? false, allOrNothing: options.allOrNothing ?? false },
    counts: countOf(gate.kept),
    excluded: Object.fromEntries(
      RECORD_KINDS.map((k) => [k, gate.excluded.filter((e) => e.kind === k).length]),
    ) as Record<RecordKind, number>,
    validation: gate.validation,
  }
  const files: OutputFile[] = []
  const notes: string[] = []
  if (options.format === 'json') {
    files.push(outputFile(JSON_DOCUMENT, exportDocument(manifest, gate.kept)))
    if (options.perKind) for (const f of perKindFiles(gate.kept)) files.push(outputFile(f.path, f.text))
    if (options.jsonLines) for (const f of jsonLinesFiles(gate.kept)) files.push(outputFile(f.path, f.text))
  } else if (options.format === 'csv' || options.format === 'datapackage') {
    const tables = buildTables(gate.kept, input.manifest)
    for (const table of tables)
      files.push(
        outputFile(table.file, csvBytes(table.columns, table.records, { bom: options.bom ?? false })),
      )
    if (options.format === 'datapackage') {
      const descriptor = dataPackage(
        input.manifest,
        tables,
        files.map(describeFile),
        exportedAt,
        options.bom ?? false,
      )
      files.push(outputFile('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`))
    }
  } else {
    const qs = quickStatements(gate.kept)
    files.push(outputFile(QUICKSTATEMENTS_FILE, qs.text))
    notes.push(`${qs.commands} QuickStatements commands.`)
    for (const s of qs.skipped) notes.push(`Statement “${s.id}” not written to QuickStatements: ${s.reason}.`)
  }
  const report = { exportedAt, validation: gate.validation, excluded: gate.excluded, notes }
  files.push(outputFile(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`))
  const described = files.map(describeFile)
  const fullManifest: ExportManifest = { ...manifest, files: described }
  files.push(outputFile(MANIFEST_FILE, `${JSON.stringify(fullManifest, null, 2)}\n`))
  throwIfAborted(control.signal)
  await writeFileSet(options.folder, files, {
    ...(control.signal ? { signal: control.signal } : {}),
    onProgress: (done, n) => control.onProgress?.(total + Math.round((done / n) * total), total * 2),
  })
  return {
    folder: options.folder,
    files: files.map(describeFile),
    manifest: fullManifest,
    excluded: gate.excluded,
  }
}
