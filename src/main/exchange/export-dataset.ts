import path from 'node:path'
import type { Manifest } from '@shared/domain'
import type { ExportManifest, ExportOptions, ExportResult } from '@shared/exchange'
import { RECORD_KINDS, type RecordKind } from '@shared/result'
import { CuratorError } from '../dataset/errors'
import type { Collections } from '../dataset/read-dataset'
import type { SchemaValidators } from '../validation/ajv'
import type { IssuesOf } from '../validation/record-issues'
import { buildTables } from './csv/tables'
import { writeCsv } from './csv/write-csv'
import { dataPackage } from './datapackage'
import { refuseDatasetFolder } from './export-folder'
import { HashingThread } from './file-hashes'
import { exportGate } from './gate'
import {
  EXPORT_ARRAYS,
  JSON_DOCUMENT,
  writeExportDocument,
  writeJsonLines,
  writeKindArray,
} from './json-export'
import { type ExchangeControl, throwIfAborted } from './progress'
import { quickStatements } from './quickstatements'
import { emptyExportNote, quickStatementsSummary } from './quickstatements-preview'
import { FileSetWriter } from './write-files'

const GENERATOR = 'Heritage Curator'
const REPORT_FILE = 'report.json'
const MANIFEST_FILE = 'manifest.json'
const QUICKSTATEMENTS_FILE = 'quickstatements.txt'

interface ExportInput {
  manifest: Manifest
  records: Collections
  validators: SchemaValidators
  /** Every record's issues, when known (the Problems index): the gate then checks nothing again. */
  issues?: IssuesOf
  clock?: () => Date
  /** The dataset's own folder: an export never writes into it. */
  datasetFolder?: string
}

/** Records from which an export hashes its files in a thread of its own (`HashingThread`). */
const HASH_IN_THREAD_FROM = 20_000

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
  // Started first, so that the thread is up by the time the gate is done.
  const hashing = total >= HASH_IN_THREAD_FROM ? new HashingThread() : undefined
  try {
    return await gateAndWrite(input, options, control, total, hashing)
  } finally {
    await hashing?.stop()
  }
}

async function gateAndWrite(
  input: ExportInput,
  options: ExportOptions & { folder: string },
  control: ExchangeControl,
  total: number,
  hashing: HashingThread | undefined,
): Promise<ExportResult> {
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
  const writer = await FileSetWriter.begin(
    options.folder,
    expectedFiles(options),
    {
      ...(control.signal ? { signal: control.signal } : {}),
      onProgress: (done, n) => control.onProgress?.(total + Math.round((done / n) * total), total * 2),
    },
    hashing,
  )
  try {
    const { notes, summary } = await writeFiles(writer, input, manifest, gate.kept, options)
    const report = { exportedAt, validation: gate.validation, excluded: gate.excluded, notes }
    await writer.text(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`)
    const fullManifest: ExportManifest = { ...manifest, files: writer.files }
    await writer.text(MANIFEST_FILE, `${JSON.stringify(fullManifest, null, 2)}\n`)
    await writer.commit()
    return {
      folder: options.folder,
      files: writer.files,
      manifest: fullManifest,
      excluded: gate.excluded,
      ...(summary ? { quickStatements: summary } : {}),
    }
  } catch (error) {
    await writer.abort()
    throw error
  }
}

/** How many files an export writes, report and manifest included (for progress). */
function expectedFiles(options: ExportOptions): number {
  if (options.format === 'json') return 3 + (options.perKind ? 4 : 0) + (options.jsonLines ? 4 : 0)
  if (options.format === 'csv') return 7
  return options.format === 'datapackage' ? 8 : 3
}

/**
 * The format's own files, each streamed to disk as it is made; answers the report's notes (and,
 * for QuickStatements, what the preview says of them).
 */
async function writeFiles(
  writer: FileSetWriter,
  input: ExportInput,
  manifest: ExportManifest,
  kept: Collections,
  options: ExportOptions,
): Promise<{ notes: string[]; summary: ExportResult['quickStatements'] }> {
  const datasetManifest = input.manifest
  const notes: string[] = []
  let summary: ExportResult['quickStatements']
  if (options.format === 'json') {
    await writer.file(JSON_DOCUMENT, (out, breathe) => writeExportDocument(out, breathe, manifest, kept))
    for (const kind of options.perKind ? RECORD_KINDS : [])
      await writer.file(`${EXPORT_ARRAYS[kind]}.json`, (out, breathe) =>
        writeKindArray(out, breathe, kept[kind]),
      )
    for (const kind of options.jsonLines ? RECORD_KINDS : [])
      await writer.file(`${EXPORT_ARRAYS[kind]}.jsonl`, (out, breathe) =>
        writeJsonLines(out, breathe, kept[kind]),
      )
  } else if (options.format === 'csv' || options.format === 'datapackage') {
    const tables = buildTables(kept, datasetManifest)
    const bom = options.bom ?? false
    for (const table of tables)
      await writer.file(table.file, (out, breathe) => writeCsv(table, out, breathe, { bom }))
    if (options.format === 'datapackage') {
      const descriptor = dataPackage(datasetManifest, tables, writer.files, manifest.exportedAt, bom)
      await writer.text('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`)
    }
  } else {
    const qs = quickStatements(kept)
    summary = quickStatementsSummary(kept, qs, input.records)
    await writer.text(QUICKSTATEMENTS_FILE, qs.text)
    notes.push(`${qs.commands} QuickStatements commands.`)
    if (summary.reason) notes.push(emptyExportNote(summary.reason))
    for (const s of qs.skipped) notes.push(`Statement “${s.id}” not written to QuickStatements: ${s.reason}.`)
  }
  return { notes, summary }
}
