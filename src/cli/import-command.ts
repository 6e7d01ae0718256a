import path from 'node:path'
import type { Manifest } from '@shared/domain'
import type { FilePreview, ImportFormat, ImportRow } from '@shared/exchange'
import type { DatasetStore } from '../main/dataset/dataset-store'
import type { StoreOptions } from '../main/dataset/store-options'
import { CuratorError } from '../main/dataset/errors'
import { commitPlan } from '../main/exchange/import/commit'
import type { ImportTarget } from '../main/exchange/import/plan'
import { previewFile } from '../main/exchange/import/preview-file'
import { throwIfAborted } from '../main/exchange/progress'
import { randomId } from '../main/records/record-service'
import type { SchemaValidators } from '../main/validation/ajv'
import { requireAuthor } from './author'
import { createDataset, isEmptyFolder, newManifest, openForCommand, storeOptionsFor } from './dataset'
import { clip, EXIT, type Output } from './output'
import { type Flags, usage } from './usage'

const IMPORT_FORMATS = ['unesco-csv', 'csv', 'json', 'bibtex', 'ris', 'csl-json', 'wos', 'wikidata']

const where = (row: ImportRow) => `line ${row.line}${row.id ? ` ${row.id}` : ''} (${clip(row.label, 80)})`
const shown = (value: unknown) => (value === undefined ? '(none)' : clip(JSON.stringify(value), 80))

function printPreview(preview: FilePreview, io: Output, dryRun: boolean) {
  const c = preview.counts
  io.out(
    `${path.basename(preview.file)} (${preview.format}): ${preview.rows.length} rows: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.duplicate} duplicates, ${c.invalid} invalid.`,
  )
  for (const w of preview.warnings) io.out(`  note: ${w.message}`)
  const ignored = preview.ignoredColumns ?? []
  if (ignored.length > 0)
    io.out(`  columns not imported: ${ignored.map((c) => `${clip(c.column, 40)} (${c.reason})`).join(', ')}`)
  for (const loss of preview.notKept ?? [])
    io.out(
      `  not kept: ${clip(loss.field, 60)} in ${loss.rows} ${loss.rows === 1 ? 'row' : 'rows'}: ${loss.reason}`,
    )
  const withWarnings = preview.rows.filter((r) => r.warnings.length > 0)
  if (withWarnings.length > 0) io.out(`Warnings (${withWarnings.length} rows, imported all the same):`)
  for (const row of withWarnings) for (const w of row.warnings) io.out(`  ${where(row)}: ${clip(w, 300)}`)
  for (const row of preview.rows.filter((r) => r.status === 'duplicate'))
    io.out(`  ${where(row)}: same as ${row.matches?.id} by ${row.matches?.by}: not imported.`)
  if (dryRun) {
    const changed = preview.rows.filter((r) => r.status === 'changed')
    if (changed.length > 0) io.out(`Changes (${changed.length} records):`)
    for (const row of changed)
      for (const f of row.fields ?? [])
        io.out(`  ${where(row)} ${f.path}: ${shown(f.before)} → ${shown(f.after)}`)
  }
  const invalid = preview.rows.filter((r) => r.status === 'invalid')
  if (invalid.length > 0) io.out(`Refused (${invalid.length} rows):`)
  for (const row of invalid)
    for (const issue of row.issues) io.out(`  ${where(row)} ${issue.path}: ${clip(issue.message, 300)}`)
}

/** Why nothing was written, in the file's own terms: never "already holds everything" when it does not. */
function nothingImported(preview: FilePreview): string {
  const c = preview.counts
  if (preview.rows.length === 0) return 'Nothing to import: the file has no rows.'
  if (c.invalid === preview.rows.length) return `Nothing was imported: every row (${c.invalid}) was refused.`
  const parts = [
    c.invalid > 0 ? `${c.invalid} refused` : '',
    c.duplicate > 0 ? `${c.duplicate} duplicates (not imported)` : '',
    c.unchanged > 0 ? `${c.unchanged} already in the dataset as they are` : '',
  ].filter(Boolean)
  return c.invalid === 0 && c.duplicate === 0
    ? 'Nothing to import: the dataset already holds everything in the file.'
    : `Nothing was imported: ${parts.join(', ')}.`
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
  // Asked before anything is read or written: history names who imported (a dry run writes nothing).
  const author = flags['dry-run'] ? undefined : requireAuthor(flags, 'import')
  const options = author ? storeOptionsFor(author) : {}
  const creating = isEmptyFolder(folder)
  // A new dataset is created only once the file has been read: an unreadable file writes nothing.
  const store = creating ? undefined : await openForCommand(folder, validators, options)
  try {
    if (store?.readOnly)
      throw new CuratorError('READ_ONLY', store.readOnlyReason ?? 'The dataset is read-only.')
    const importOptions = {
      ...(format ? { format: format as ImportFormat } : {}),
      ...(mapping ? { mapping } : {}),
      ...(status ? { status: status as 'draft' } : {}),
    }
    const manifest = newManifest(
      folder,
      flags.name as string | undefined,
      flags.languages as string | undefined,
    )
    const { preview, plan } = await previewFile(
      {
        file,
        options: importOptions,
        target: store ?? emptyTarget(manifest),
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
      io.err(`  columns:   ${preview.needsMapping.headers.map((h) => clip(h, 60)).join(',')}`)
      io.err(`  suggested: ${preview.needsMapping.suggested.map((t) => t ?? '').join(',')}`)
      io.err(`  targets:   ${preview.needsMapping.targets.join(' ')}`)
      return EXIT.failed
    }
    printPreview(preview, io, Boolean(flags['dry-run']))
    if (flags['dry-run']) {
      io.out('Dry run: nothing was written.')
      return preview.counts.invalid > 0 ? EXIT.errors : EXIT.ok
    }
    if (preview.counts.new + preview.counts.changed === 0) {
      io.out(nothingImported(preview))
      return preview.counts.invalid > 0 ? EXIT.errors : EXIT.ok
    }
    throwIfAborted(signal)
    const target =
      store ?? (await createFor(folder, flags, preview.manifest?.dataset, validators, io, options))
    try {
      const outcome = await commitPlan(target, validators, plan, `Import ${path.basename(file)}`)
      const refused = preview.counts.invalid > 0 ? `; ${preview.counts.invalid} rows refused (above)` : ''
      io.out(
        `Imported ${outcome.applied} records as one step (“${outcome.command?.label ?? ''}”)${refused}; undo it in the app.`,
      )
    } finally {
      if (!store) await target.close()
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
  options: StoreOptions,
): Promise<DatasetStore> {
  const manifest =
    exported && flags.name === undefined && flags.languages === undefined
      ? exported
      : newManifest(folder, flags.name as string | undefined, flags.languages as string | undefined)
  const store = await createDataset(folder, manifest, validators, options)
  io.out(`Created the dataset “${manifest.name}” in ${folder}.`)
  return store
}
