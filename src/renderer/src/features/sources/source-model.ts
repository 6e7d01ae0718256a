import type { CurationStatus, Draft, Source } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import type { CslDate } from '@renderer/lib/dates'
import { cslDateText, DATE_FORMAT_HINT, parseDateText, toCslDate } from '@renderer/lib/dates'
import { formatNames, parseNames } from '@renderer/lib/names'

/** A source as its form edits it: authors one a line, dates as typed text. */
export interface SourceFormValues {
  type: Source['type']
  title: string
  containerTitle: string
  publisher: string
  authors: string
  issued: string
  URL: string
  DOI: string
  ISBN: string
  accessed: string
  language: string
  archiveUrl: string
  note: string
  status: CurationStatus
  reviewNote: string
}

export type SetSourceField = <F extends keyof SourceFormValues>(field: F, value: SourceFormValues[F]) => void

export const SOURCE_FIELD_PATHS = [
  '/type',
  '/title',
  '/container-title',
  '/publisher',
  '/author',
  '/issued',
  '/URL',
  '/DOI',
  '/ISBN',
  '/accessed',
  '/language',
  '/custom',
  '/custom/archiveUrl',
  '/note',
  '/status',
  '/reviewNote',
] as const

export function sourceFormValues(source: Source | undefined): SourceFormValues {
  return {
    type: source?.type ?? 'webpage',
    title: source?.title ?? '',
    containerTitle: source?.['container-title'] ?? '',
    publisher: source?.publisher ?? '',
    authors: formatNames(source?.author),
    issued: cslDateText(source?.issued as CslDate | undefined),
    URL: source?.URL ?? '',
    DOI: source?.DOI ?? '',
    ISBN: source?.ISBN ?? '',
    accessed: cslDateText(source?.accessed as CslDate | undefined),
    language: source?.language ?? '',
    archiveUrl: source?.custom?.archiveUrl ?? '',
    note: source?.note ?? '',
    status: source?.status ?? 'draft',
    reviewNote: source?.reviewNote ?? '',
  }
}

type Writable = Record<string, unknown>

function assign(target: Writable, field: string, value: unknown) {
  if (value === undefined || value === '') delete target[field]
  else target[field] = value
}

/** Typed date text to a CSL date; an unchanged literal stays a literal; anything else is an issue. */
function dateField(text: string, original: CslDate | undefined, path: string, issues: ValidationIssue[]) {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  // An untouched field keeps the date as it was (a season, a range with circa, a raw text).
  if (original && trimmed === cslDateText(original).trim()) return original
  const parts = parseDateText(trimmed)
  if (parts) return toCslDate(parts)
  if (original?.literal === trimmed) return original
  issues.push({
    path,
    message: `Write the date as ${DATE_FORMAT_HINT}.`,
    rule: 'date-text',
    params: { hint: DATE_FORMAT_HINT },
    severity: 'error',
  })
  return undefined
}

/** The draft to save (fields the form does not show are kept), or the date issues found first. */
export function sourceDraft(
  values: SourceFormValues,
  original: Source | undefined,
): { draft: Draft<'source'> } | { issues: ValidationIssue[] } {
  const { createdAt: _c, updatedAt: _u, ...rest } = original ?? ({} as Partial<Source>)
  const draft: Writable = { ...rest, type: values.type, title: values.title.trim(), status: values.status }
  const issues: ValidationIssue[] = []
  assign(draft, 'container-title', values.containerTitle.trim())
  assign(draft, 'publisher', values.publisher.trim())
  // Untouched, the names keep every CSL part (particles, suffix) the text form does not show.
  const authors =
    original?.author && values.authors === formatNames(original.author)
      ? original.author
      : parseNames(values.authors)
  assign(draft, 'author', authors.length > 0 ? authors : undefined)
  assign(draft, 'issued', dateField(values.issued, original?.issued as CslDate, '/issued', issues))
  assign(draft, 'accessed', dateField(values.accessed, original?.accessed as CslDate, '/accessed', issues))
  assign(draft, 'URL', values.URL.trim())
  assign(draft, 'DOI', values.DOI.trim())
  assign(draft, 'ISBN', values.ISBN.trim())
  assign(draft, 'language', values.language.trim())
  assign(draft, 'note', values.note.trim())
  assign(draft, 'reviewNote', values.reviewNote.trim())
  const custom: Writable = { ...original?.custom }
  assign(custom, 'archiveUrl', values.archiveUrl.trim())
  assign(draft, 'custom', Object.keys(custom).length > 0 ? custom : undefined)
  if (issues.length > 0) return { issues }
  return { draft: draft as unknown as Draft<'source'> }
}
