import path from 'node:path'
import type { Manifest } from '../shared/domain'
import type { ExportFormat, ImportFormat, ImportPreview } from '../shared/exchange'
import type { ValidationIssue } from '../shared/result'
import { DatasetStore } from '../main/dataset/dataset-store'
import { CuratorError } from '../main/dataset/errors'
import { exportDataset } from '../main/exchange/export-dataset'
import { exportGate } from '../main/exchange/gate'
import { commitPlan } from '../main/exchange/import/commit'
import type { ImportTarget } from '../main/exchange/import/plan'
import { previewFile } from '../main/exchange/import/preview-file'
import { randomId } from '../main/services/record-service'
import type { SchemaValidators } from '../main/validation/ajv'
import { createDataset, isEmptyFolder, newManifest, storeOptions } from './dataset'
import { EXIT, type Output } from './output'

export type Flags = Record<string, string | boolean | undefined>

const IMPORT_FORMATS = ['unesco-csv', 'csv', 'json', 'bibtex', 'ris', 'csl-json']
const EXPORT_FORMATS = ['json', 'csv', 'datapackage', 'quickstatements']

const PLURAL: Record<string, string> = {
  site: 'sites',
  source: 'sources',
  property: 'properties',
  statement: 'statements',
}
const countText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${n} ${n === 1 ? k : (PLURAL[k] ?? k)}`)
    .join(', ')

const usage = (message: string) => new CuratorError('VALIDATION', `${message} (see heritage-curator --help)`)

function issueLine(issue: ValidationIssue): string {
  const where = issue.record ? `${issue.record.kind} ${issue.record.id}` : (issue.file ?? '')
  return `  ${where}${issue.path ? ` ${issue.path}` : ''}: ${issue.message} [${issue.rule}]`
}

export async function initCommand(folder: string, flags: Flags, validators: SchemaValidators, io: Output) {
  const manifest = newManifest(
    folder,
    flags.name as string | undefined,
    flags.languages as string | undefined,
  )
  const store = await createDataset(folder, manifest, validators)
  await store.close()
  io.out(`Created the dataset “${manifest.name}” in ${folder} (languages: ${manifest.languages.join(', ')}).`)
  return EXIT.ok
}

export async function validateCommand(
  folder: string,
  flags: Flags,
  validators: SchemaValidators,
  io: Output,
) {
  let store: DatasetStore
  try {
    store = await DatasetStore.open(folder, validators, { ...storeOptions, readOnly: true })
  } catch (error) {
    if (!(error instanceof CuratorError) || error.code !== 'VALIDATION' || error.issues.length === 0)
      throw error
    if (flags.json)
      io.out(JSON.stringify({ ok: false, errors: error.issues.length, issues: error.issues }, null, 2))
    else {
      io.out(`${folder}: ${error.issues.length} ${error.issues.length === 1 ? 'error' : 'errors'}`)
      for (const issue of error.issues) io.out(issueLine(issue))
    }
    return EXIT.errors
  }
  try {
    const gate = exportGate({ manifest: store.manifest, records: store.snapshot() }, validators)
    const counts = Object.fromEntries(
      (['site', 'source', 'property', 'statement'] as const).map((k) => [k, store.count(k)]),
    )
    const ok = gate.validation.errors === 0
    if (flags.json)
      io.out(
        JSON.stringify(
          {
            ok,
            errors: gate.validation.errors,
            counts,
            validation: gate.validation,
            excluded: gate.excluded,
            warnings: gate.warnings,
          },
          null,
          2,
        ),
      )
    else {
      io.out(
        `${folder}: ${countText(counts)}; ${gate.validation.errors} errors, ${gate.validation.warnings} warnings.`,
      )
      for (const e of gate.excluded)
        for (const r of e.reasons) io.out(`  error ${e.kind} ${e.id} ${r.path}: ${r.message} [${r.rule}]`)
      for (const w of gate.warnings) io.out(`  warning${issueLine(w).slice(1)}`)
    }
    return ok ? EXIT.ok : EXIT.errors
  } finally {
    await store.close()
  }
}

function printPreview(preview: Omit<ImportPreview, 'previewId' | 'fileToken'>, io: Output) {
  const c = preview.counts
  io.out(
    `${path.basename(preview.file)} (${preview.format}): ${preview.rows.length} rows: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.duplicate} duplicates, ${c.invalid} invalid.`,
  )
  for (const w of preview.warnings) io.out(`  note: ${w}`)
  const withWarnings = preview.rows.filter((r) => r.warnings.length > 0)
  if (withWarnings.length > 0) io.out(`Warnings (${withWarnings.length} rows, imported all the same):`)
  for (const row of withWarnings)
    for (const w of row.warnings)
      io.out(`  line ${row.line}${row.id ? ` ${row.id}` : ''} (${row.label}): ${w}`)
  for (const row of preview.rows.filter((r) => r.status === 'duplicate'))
    io.out(
      `  line ${row.line} (${row.label}): same as ${row.matches?.id} by ${row.matches?.by}: not imported.`,
    )
  const invalid = preview.rows.filter((r) => r.status === 'invalid')
  if (invalid.length > 0) io.out(`Refused (${invalid.length} rows):`)
  for (const row of invalid)
    for (const issue of row.issues)
      io.out(`  line ${row.line}${row.id ? ` ${row.id}` : ''} (${row.label}) ${issue.path}: ${issue.message}`)
}

export async function importCommand(
  folder: string,
  file: string,
  flags: Flags,
  validators: SchemaValidators,
  io: Output,
  signal: AbortSignal,
) {
  const format = flags.format as string | undefined
  if (format && !IMPORT_FORMATS.includes(format)) throw usage(`Unknown import format “${format}”`)
  const status = flags.status as string | undefined
  if (status && !['draft', 'in-review', 'approved'].includes(status))
    throw usage(`Unknown status “${status}”`)
  const mapping =
    typeof flags.mapping === 'string' ? flags.mapping.split(',').map((t) => t.trim() || null) : undefined
  const creating = isEmptyFolder(folder)
  // A new dataset is created only once the file has been read: an unreadable file writes nothing.
  const store = creating ? undefined : await DatasetStore.open(folder, validators, storeOptions)
  try {
    if (store?.readOnly)
      throw new CuratorError('READ_ONLY', store.readOnlyReason ?? 'The dataset is read-only.')
    const options = {
      ...(format ? { format: format as ImportFormat } : {}),
      ...(mapping ? { mapping } : {}),
      ...(status ? { status: status as 'draft' } : {}),
    }
    const { preview, plan } = await previewFile(
      {
        file,
        options,
        target:
          store ??
          emptyTarget(
            newManifest(folder, flags.name as string | undefined, flags.languages as string | undefined),
          ),
        validators,
        clock: () => new Date(),
        newId: randomId,
        ...(store ? { metaDir: path.join(store.folder, '.curator') } : {}),
      },
      { signal },
    )
    if (preview.needsMapping) {
      io.err(
        `${path.basename(file)}: unknown column layout. Give --mapping, one target per column (empty to skip):`,
      )
      io.err(`  columns:   ${preview.needsMapping.headers.join(',')}`)
      io.err(`  suggested: ${preview.needsMapping.suggested.map((t) => t ?? '').join(',')}`)
      io.err(`  targets:   ${preview.needsMapping.targets.join(' ')}`)
      return EXIT.failed
    }
    printPreview(preview, io)
    if (flags['dry-run']) {
      io.out('Dry run: nothing was written.')
    } else {
      const target = store ?? (await createFor(folder, flags, preview.manifest?.dataset, validators, io))
      const outcome = await commitPlan(target, validators, plan, `Import ${path.basename(file)}`)
      if (!store) await target.close()
      io.out(
        outcome.command
          ? `Imported ${outcome.applied} records as one step (“${outcome.command.label}”); undo it in the app.`
          : 'Nothing to import: the dataset already holds everything in the file.',
      )
    }
    return preview.counts.invalid > 0 ? EXIT.errors : EXIT.ok
  } finally {
    await store?.close()
  }
}

/** What a new dataset looks like before it exists: nothing in it yet. */
function emptyTarget(manifest: Manifest): ImportTarget {
  return {
    manifest,
    get: () => undefined,
    all: () => [],
    commit: () => Promise.reject(new Error('The new dataset is not created yet.')),
  }
}

async function createFor(
  folder: string,
  flags: Flags,
  exported: Manifest | undefined,
  validators: SchemaValidators,
  io: Output,
) {
  const manifest =
    exported && flags.name === undefined && flags.languages === undefined
      ? exported
      : newManifest(folder, flags.name as string | undefined, flags.languages as string | undefined)
  const store = await createDataset(folder, manifest, validators)
  io.out(`Created the dataset “${manifest.name}” in ${folder}.`)
  return store
}

export async function exportCommand(
  folder: string,
  flags: Flags,
  validators: SchemaValidators,
  io: Output,
  signal: AbortSignal,
) {
  const format = flags.format as string | undefined
  if (!format || !EXPORT_FORMATS.includes(format))
    throw usage('export needs --format json|csv|datapackage|quickstatements')
  if (typeof flags.out !== 'string') throw usage('export needs --out <folder>')
  const store = await DatasetStore.open(folder, validators, { ...storeOptions, readOnly: true })
  try {
    const result = await exportDataset(
      { manifest: store.manifest, records: store.snapshot(), validators, datasetFolder: store.folder },
      {
        format: format as ExportFormat,
        folder: path.resolve(flags.out),
        approvedOnly: Boolean(flags['approved-only']),
        allOrNothing: Boolean(flags['all-or-nothing']),
        bom: Boolean(flags.bom),
        perKind: Boolean(flags['per-kind']),
        jsonLines: Boolean(flags.jsonl),
      },
      { signal },
    )
    io.out(`Exported ${countText(result.manifest.counts)} to ${result.folder}:`)
    for (const f of result.files) io.out(`  ${f.path}  ${f.bytes} bytes  sha256 ${f.sha256}`)
    if (result.excluded.length > 0) io.out(`Left out ${result.excluded.length} records (see report.json):`)
    for (const e of result.excluded)
      io.out(`  ${e.kind} ${e.id}: ${e.reasons.map((r) => r.message).join(' ')}`)
    return EXIT.ok
  } finally {
    await store.close()
  }
}
