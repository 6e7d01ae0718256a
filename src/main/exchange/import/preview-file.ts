import path from 'node:path'
import type {
  FileNote,
  CsvColumnTarget,
  FilePreview,
  ImportFormat,
  ImportOptions,
  ImportPreview,
} from '@shared/exchange'
import type { RecordKind } from '@shared/result'
import { CuratorError } from '../../dataset/errors'
import type { SchemaValidators } from '../../validation/ajv'
import { type ExchangeControl, throwIfAborted } from '../progress'
import type { Candidate } from './candidate'
import { citationCandidates, lossSummary, parseCitations } from './citations'
import { jsonShape } from './json-shape'
import { wikidataCandidates } from './wikidata-import'
import { isWosPlainText } from './wos'
import { jsonCandidates } from './json-import'
import { recallMapping, rememberMapping } from './mapping-memory'
import { countRows, type ImportPlan, type ImportTarget, planImport } from './plan'
import { readCsv } from './read-csv'
import { readTextFile } from './read-file'
import { isSiteTarget, mappedSiteCandidates, SITE_IMPORT_FIELDS, suggestMapping } from './site-csv'
import { ignoredUnescoColumns, isUnescoExport, unescoCandidates } from './unesco'

interface PreviewInput {
  /** Absolute path of the file. */
  file: string
  options?: ImportOptions
  target: ImportTarget
  validators: SchemaValidators
  clock: () => Date
  newId: (kind: RecordKind) => string
  /** Where mappings are remembered (the dataset's `.curator` folder); none: not remembered. */
  metaDir?: string
}

/** The format of a file, from its name and first characters (a JSON file: from what it holds). */
function detectFormat(file: string, text: string): ImportFormat {
  const ext = path.extname(file).toLowerCase()
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (ext === '.bib' || ext === '.bibtex') return 'bibtex'
  if (ext === '.ris') return 'ris'
  if (ext === '.json' || start.startsWith('[') || start.startsWith('{')) {
    if (file.toLowerCase().endsWith('.csl.json')) return 'csl-json'
    let json: unknown
    try {
      json = JSON.parse(start) as unknown
    } catch {
      return 'json' // Not JSON after all: the JSON reader says so.
    }
    const shape = jsonShape(json)
    return shape === 'wikidata' ? 'wikidata' : shape === 'csl-json' ? 'csl-json' : 'json'
  }
  if (isWosPlainText(start)) return 'wos'
  if (start.startsWith('@')) return 'bibtex'
  if (/^TY {2}- /m.test(start)) return 'ris'
  return 'csv'
}

interface Read {
  format: ImportFormat
  candidates: Candidate[]
  warnings: FileNote[]
  extra: Partial<ImportPreview>
}

async function readCsvCandidates(
  text: string,
  name: string,
  input: PreviewInput,
  forced?: ImportFormat,
): Promise<Read> {
  const table = readCsv(text, name)
  if (forced === 'unesco-csv' || (forced !== 'csv' && isUnescoExport(table.headers))) {
    if (!isUnescoExport(table.headers))
      throw new CuratorError(
        'VALIDATION',
        `${name} is not UNESCO's World Heritage List export: its header lacks the expected columns.`,
      )
    const warnings: FileNote[] = [
      {
        code: 'unesco-export',
        message:
          "Recognised as UNESCO's World Heritage List export. Its description and justification texts are UNESCO's and are never imported.",
      },
    ]
    const ignoredColumns = ignoredUnescoColumns(table.headers)
    return {
      format: 'unesco-csv',
      candidates: unescoCandidates(table),
      warnings,
      extra: ignoredColumns.length > 0 ? { ignoredColumns } : {},
    }
  }
  const { headers } = table
  const suggested = suggestMapping(headers)
  const given = input.options?.mapping
  const remembered = !given && input.metaDir ? await recallMapping(input.metaDir, headers) : undefined
  const targets: CsvColumnTarget[] | undefined =
    given ?? remembered ?? (suggested.exact ? suggested.targets : undefined)
  const targetList = [...SITE_IMPORT_FIELDS]
  if (!targets) {
    return {
      format: 'csv',
      candidates: [],
      warnings: [],
      extra: { needsMapping: { headers, suggested: suggested.targets, targets: targetList } },
    }
  }
  if (targets.length !== headers.length)
    throw new CuratorError(
      'VALIDATION',
      `The mapping has ${targets.length} targets for ${headers.length} columns.`,
    )
  const wrong = targets.filter((t): t is string => t !== null && !isSiteTarget(t))
  if (wrong.length > 0)
    throw new CuratorError('VALIDATION', `Unknown mapping target ${wrong.map((t) => `“${t}”`).join(', ')}.`)
  const mapped = targets.filter((t): t is string => t !== null)
  if (new Set(mapped).size !== mapped.length)
    throw new CuratorError('VALIDATION', 'Two columns are mapped to the same field.')
  if (!mapped.some((t) => t.startsWith('name:') || t === 'id' || t === 'unescoId'))
    throw new CuratorError('VALIDATION', 'Map at least one column to a name, the id or the UNESCO id.')
  if (given && input.metaDir) await rememberMapping(input.metaDir, headers, given, input.clock())
  const ignoredColumns = headers
    .filter((_, i) => targets[i] === null)
    .map((column) => ({ column, reason: 'not-mapped' as const }))
  return {
    format: 'csv',
    candidates: mappedSiteCandidates(table, targets, () => input.newId('site')),
    warnings: [],
    extra: {
      mapping: { headers, targets, remembered: Boolean(remembered) },
      ...(ignoredColumns.length > 0 ? { ignoredColumns } : {}),
    },
  }
}

/**
 * Reads a file and compares it with the dataset, writing nothing (but a remembered CSV mapping).
 * Returns the preview the curator sees, and the plan that `commitPlan` writes.
 */
export async function previewFile(input: PreviewInput, control: ExchangeControl = {}) {
  if (!path.isAbsolute(input.file))
    throw new CuratorError('VALIDATION', `“${input.file}” is not an absolute file path.`)
  const name = path.basename(input.file)
  throwIfAborted(control.signal)
  const text = await readTextFile(input.file)
  throwIfAborted(control.signal)
  const format = input.options?.format ?? detectFormat(input.file, text)
  let read: Read
  if (format === 'csv' || format === 'unesco-csv') {
    read = await readCsvCandidates(text, name, input, input.options?.format)
  } else if (format === 'json') {
    const { candidates, manifest } = jsonCandidates(text, name)
    read = { format, candidates, warnings: [], extra: manifest ? { manifest } : {} }
  } else if (format === 'wikidata') {
    const { candidates, losses } = wikidataCandidates(text, name, input.target)
    const notKept = lossSummary(losses)
    read = { format, candidates, warnings: [], extra: notKept.length > 0 ? { notKept } : {} }
  } else {
    const items = parseCitations(text, format, name)
    const { candidates, losses } = citationCandidates(
      items,
      input.target.all('source'),
      format === 'csl-json',
    )
    const notKept = lossSummary(losses)
    read = { format, candidates, warnings: [], extra: notKept.length > 0 ? { notKept } : {} }
  }
  throwIfAborted(control.signal)
  const plan: ImportPlan = await planImport(
    read.candidates,
    {
      target: input.target,
      validators: input.validators,
      clock: input.clock,
      status: input.options?.status ?? 'draft',
    },
    control,
  )
  const preview: FilePreview = {
    file: input.file,
    format: read.format,
    counts: countRows(plan.rows),
    rows: plan.rows,
    warnings: read.warnings,
    ...read.extra,
  }
  return { preview, plan }
}
