import path from 'node:path'
import type { ExportFormat } from '@shared/exchange'
import type { ValidationIssue } from '@shared/result'
import { DatasetStore } from '../main/dataset/dataset-store'
import { CuratorError } from '../main/dataset/errors'
import { exportDataset } from '../main/exchange/export-dataset'
import { exportGate } from '../main/exchange/gate'
import type { SchemaValidators } from '../main/validation/ajv'
import { createDataset, newManifest, openForCommand, readOnlyStoreOptions } from './dataset'
import { clip, EXIT, type Output } from './output'
import { type Flags, usage } from './usage'

export type { Flags } from './usage'

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

function issueLine(issue: ValidationIssue): string {
  const where = issue.record ? `${issue.record.kind} ${issue.record.id}` : (issue.file ?? '')
  return `  ${where}${issue.path ? ` ${issue.path}` : ''}: ${clip(issue.message, 300)} [${issue.rule}]`
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
    store = await DatasetStore.open(folder, validators, readOnlyStoreOptions)
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

export { importCommand } from './import-command'

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
  const store = await openForCommand(folder, validators, readOnlyStoreOptions)
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
      io.out(`  ${e.kind} ${e.id}: ${clip(e.reasons.map((r) => r.message).join(' '), 300)}`)
    return EXIT.ok
  } finally {
    await store.close()
  }
}
