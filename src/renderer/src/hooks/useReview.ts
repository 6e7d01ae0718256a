import { useMemo } from 'react'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useDebouncedValue } from '@mantine/hooks'
import type { Draft, ItemRef, ProblemQuery } from '@shared/domain'
import type { RecordKind, ValidationIssue } from '@shared/result'
import { api, recordKeys, reviewKeys } from '../lib/api'
import { invalidateAfterWrite } from './useRecords'

/** How long after the last keystroke a draft is checked: issues show within 200 ms. */
export const CHECK_DELAY_MS = 150

/** One page of the dataset's problems, with the counts by severity and rule. */
export function useProblems(query: ProblemQuery) {
  return useQuery({
    queryKey: reviewKeys.problems(query),
    queryFn: () => api.listProblems(query),
    placeholderData: keepPreviousData,
  })
}

const COUNTS_QUERY: ProblemQuery = { limit: 1 }

/** Open problems by severity over the whole dataset (acknowledged warnings not counted). */
export function useProblemCounts() {
  return useProblems(COUNTS_QUERY).data?.bySeverity
}

/** The share of statements with a reference: of the dataset, or about one site or country. */
export function useCoverage(subject?: ItemRef) {
  return useQuery({
    queryKey: reviewKeys.coverage(subject),
    queryFn: () => api.getCoverage(subject),
  })
}

export interface AcknowledgeRequest {
  kind: RecordKind
  id: string
  rule: string
  path: string
  reason: string
}

/** Accepts a warning on a stored record; main saves the record (undoable) with the reason. */
export function useAcknowledgeIssue() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ kind, id, rule, path, reason }: AcknowledgeRequest) =>
      api.acknowledgeIssue(kind, id, rule, path, reason),
    onSuccess: (_saved, { kind, id }) => {
      void client.invalidateQueries({ queryKey: recordKeys.detail(kind, id) })
      invalidateAfterWrite(client)
    },
  })
}

/** What a form checks as the curator types: the draft, or the issues found before asking main. */
export type LiveDraft<K extends RecordKind> = { draft: Draft<K> } | { issues: ValidationIssue[] } | null

/**
 * Issues of a draft, checked by main (`validateDraft`, nothing saved) 150 ms after the last change.
 * Null turns the check off (a new, untouched form). The last answer stays while the next runs.
 */
export function useLiveIssues<K extends RecordKind>(kind: K, live: LiveDraft<K>): ValidationIssue[] {
  // Debounced as text: a draft is rebuilt on every render, and only a change of content counts.
  const [text] = useDebouncedValue(JSON.stringify(live), CHECK_DELAY_MS)
  const debounced = useMemo(() => JSON.parse(text) as LiveDraft<K>, [text])
  const draft = debounced && 'draft' in debounced ? debounced.draft : null
  const query = useQuery({
    queryKey: reviewKeys.validate(kind, draft),
    queryFn: () => api.validateDraft(kind, draft as Draft<K>),
    enabled: draft !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 5_000,
  })
  if (!debounced) return []
  if ('issues' in debounced) return debounced.issues
  return query.data ?? []
}
