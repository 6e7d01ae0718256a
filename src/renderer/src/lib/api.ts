/**
 * The renderer's one gateway to main: typed wrappers over `window.api` that unwrap the
 * Result envelope and throw `ApiCallError`, plus the React Query key factories.
 * Components see data and errors, never channels or envelopes.
 */
import { API_CALLS, API_METHODS, type ApiMethod, type CuratorApi } from '@shared/api'
import type {
  Draft,
  ItemRef,
  Page,
  PathToken,
  ProblemQuery,
  RecordOf,
  RecordQuery,
  RowOf,
  SaveOutcome,
} from '@shared/domain'
import type { ApiError, ErrorCode, RecordKind, Result, ValidationIssue } from '@shared/result'

/** A failed call to main: the code, a plain-language message and, for VALIDATION, the issues. */
export class ApiCallError extends Error implements ApiError {
  readonly code: ErrorCode
  readonly issues: ValidationIssue[]
  readonly path?: string
  readonly folderToken?: PathToken

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.issues = error.issues ?? []
    if (error.path) this.path = error.path
    if (error.folderToken) this.folderToken = error.folderToken
  }
}

/** True when the error is a failed save with field-level issues to show. */
export function isValidationError(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError && error.code === 'VALIDATION'
}

/** Calls main and unwraps its Result: a failed call throws `ApiCallError` with its code and issues. */
export async function unwrap<T>(call: () => Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    if (!window.api) throw new Error('The app bridge (window.api) is not available.')
    result = await call()
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    throw new ApiCallError({ code: 'INTERNAL', message, issues: [] })
  }
  if (!result.ok) throw new ApiCallError(result.error)
  return result.value
}

/** A call of the contract as the renderer sees it: the value itself, or a thrown `ApiCallError`. */
type Unwrapped<F> = F extends (...args: infer A) => Promise<Result<infer T>>
  ? (...args: A) => Promise<T>
  : never

/**
 * The calls whose answer's type follows the kind asked for. A mapped type cannot carry a generic
 * signature over, so these four are written out; the check below keeps them in step with the contract.
 */
interface KindCalls {
  queryRecords<K extends RecordKind>(kind: K, query: RecordQuery): Promise<Page<RowOf[K]>>
  getRecord<K extends RecordKind>(kind: K, id: string): Promise<RecordOf[K]>
  saveRecord<K extends RecordKind>(kind: K, draft: Draft<K>): Promise<SaveOutcome<K>>
  validateDraft<K extends RecordKind>(kind: K, draft: Draft<K>): Promise<ValidationIssue[]>
}

type UnwrappedApi = { [M in ApiMethod]: Unwrapped<CuratorApi[M]> }
/** The renderer's gateway: every call of the contract, unwrapped. */
export type RendererApi = Omit<UnwrappedApi, keyof KindCalls> & KindCalls
// Each written-out call must be the contract's, unwrapped (checked for the widest kind).
const _kindCallsMatch = {} as KindCalls satisfies Pick<UnwrappedApi, keyof KindCalls>

/**
 * Every call of `window.api`, built from the contract's list: nothing to add here for a new method.
 * Arguments past a call's own are dropped, as a hand-written wrapper would: React Query passes its
 * context to a `queryFn: api.getUndoState`, which main would refuse as a surplus argument.
 */
export const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    (...args: unknown[]) =>
      unwrap(() =>
        (window.api[method] as (...a: unknown[]) => Promise<Result<unknown>>)(
          ...args.slice(0, API_CALLS[method]),
        ),
      ),
  ]),
) as unknown as RendererApi

/** Query keys, broad to narrow, so that one invalidation reaches every list of a kind. */
export const recordKeys = {
  all: ['records'] as const,
  kind: (kind: RecordKind) => ['records', kind] as const,
  lists: (kind: RecordKind) => ['records', kind, 'list'] as const,
  list: (kind: RecordKind, query: RecordQuery) => ['records', kind, 'list', query] as const,
  details: (kind: RecordKind) => ['records', kind, 'detail'] as const,
  detail: (kind: RecordKind, id: string) => ['records', kind, 'detail', id] as const,
}

export const datasetKeys = {
  info: ['dataset', 'info'] as const,
  undoState: ['dataset', 'undo-state'] as const,
  backups: ['dataset', 'backups'] as const,
  preferences: ['preferences'] as const,
}

/** Everything computed from the whole dataset: checks, problems, coverage. Any write makes it stale. */
export const reviewKeys = {
  all: ['review'] as const,
  validate: (kind: RecordKind, draft: unknown) => ['review', 'validate', kind, draft] as const,
  problems: (query: ProblemQuery) => ['review', 'problems', query] as const,
  coverage: (subject?: ItemRef) => ['review', 'coverage', subject ?? 'dataset'] as const,
  suggestions: (subject: ItemRef) => ['review', 'suggestions', subject] as const,
  propertyUsage: ['review', 'property-usage'] as const,
  quickStatements: (approvedOnly: boolean) => ['review', 'quickstatements', approvedOnly] as const,
}

export const historyKeys = {
  all: ['history'] as const,
  record: (kind: RecordKind, id: string) => ['history', kind, id] as const,
}
