import type { ExportManifest } from '@shared/exchange'
import type { RecordKind } from '@shared/result'
import { CuratorError } from '../../dataset/errors'
import { EXPORT_ARRAYS } from '../json-export'
import { type Candidate, readIssue } from './candidate'
import { parseImportJson } from './json-shape'

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function labelOf(kind: RecordKind, r: Record<string, unknown>): string {
  const first = (m: unknown) => (isObject(m) ? (m.en ?? Object.values(m)[0]) : undefined)
  const label =
    kind === 'site'
      ? first(r.name)
      : kind === 'source'
        ? r.title
        : kind === 'property'
          ? first(r.label)
          : r.id
  return typeof label === 'string' ? label : typeof r.id === 'string' ? r.id : kind
}

function candidate(kind: RecordKind, item: unknown, index: number, mode: Candidate['mode']): Candidate {
  if (!isObject(item)) {
    const issue = readIssue('', `Item ${index + 1} of the ${kind} list is not an object.`)
    return { line: index + 1, kind, mode, label: `${kind} #${index + 1}`, issues: [issue], warnings: [] }
  }
  const unescoId = kind === 'site' && typeof item.unescoId === 'number' ? item.unescoId : undefined
  return {
    line: index + 1,
    kind,
    mode,
    record: item,
    label: labelOf(kind, item),
    issues: [],
    warnings: [],
    ...(unescoId !== undefined ? { unescoId } : {}),
    ...(kind === 'site' && mode === 'merge'
      ? { defaults: { statesParties: [], regions: [], inDanger: false, transboundary: false } }
      : {}),
  }
}

/**
 * Our own JSON export (records taken whole, timestamps kept, so a round trip gives the same
 * dataset) or a plain array of sites (laid over existing sites field by field).
 */
export function jsonCandidates(
  text: string,
  name: string,
): { candidates: Candidate[]; manifest?: ExportManifest } {
  const json = parseImportJson(text, name)
  if (Array.isArray(json) && json.some(isObject))
    return { candidates: json.map((item, i) => candidate('site', item, i, 'merge')) }
  const doc = isObject(json) ? json : {}
  const arrays = Object.entries(EXPORT_ARRAYS).filter(([, key]) => Array.isArray(doc[key]))
  if (arrays.length === 0) {
    throw new CuratorError(
      'VALIDATION',
      `${name} is neither a Heritage Curator export (with “sites”, “sources”, “properties”, “statements”) nor an array of sites.`,
    )
  }
  const candidates = arrays.flatMap(([kind, key]) =>
    (doc[key] as unknown[]).map((item, i) => candidate(kind as RecordKind, item, i, 'replace')),
  )
  const manifest = isObject(doc.manifest) ? (doc.manifest as unknown as ExportManifest) : undefined
  return { candidates, ...(manifest ? { manifest } : {}) }
}
