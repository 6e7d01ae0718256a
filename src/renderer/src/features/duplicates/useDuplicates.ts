import { useRef, useState } from 'react'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Command } from '@shared/domain'
import { useDatasetEvent } from '@renderer/hooks/useDatasetEvent'
import { invalidateAfterWrite } from '@renderer/hooks/useRecords'
import { api } from '@renderer/lib/api'

/**
 * Under `review`: everything computed from the whole dataset goes stale with any write, and
 * `invalidateAfterWrite` refreshes that prefix.
 */
export const duplicateKeys = {
  list: (offset: number, limit: number) => ['review', 'duplicates', offset, limit] as const,
  preview: (kept: string, removed: string, take: readonly string[] | null) =>
    ['review', 'merge-preview', kept, removed, take] as const,
}

function searchJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `duplicates-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** How far the search has come, from main's progress events for this search. */
function useSearchProgress() {
  const job = useRef<string | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  useDatasetEvent('progress', (event) => {
    if (event.jobId === job.current) setProgress(event)
  })
  const start = () => {
    job.current = searchJobId()
    setProgress(null)
    return job.current
  }
  return { progress, start }
}

/** One page of likely duplicate pairs, with the search's progress while main works on it. */
export function useDuplicatePairs(offset: number, limit: number) {
  const { progress, start } = useSearchProgress()
  const query = useQuery({
    queryKey: duplicateKeys.list(offset, limit),
    queryFn: () => api.findDuplicates({ offset, limit, jobId: start() }),
    placeholderData: keepPreviousData,
  })
  return { ...query, progress }
}

/** The merge as it would be; `take` null asks for main's default choice of fields. */
export function useMergePreview(kept: string, removed: string, take: readonly string[] | null) {
  return useQuery({
    queryKey: duplicateKeys.preview(kept, removed, take),
    queryFn: () => (take ? api.previewMerge(kept, removed, [...take]) : api.previewMerge(kept, removed)),
    placeholderData: keepPreviousData,
  })
}

export interface MergeRequest {
  kept: string
  removed: string
  take: string[]
}

export function useMergeSites() {
  const client = useQueryClient()
  return useMutation<Command, Error, MergeRequest>({
    mutationFn: ({ kept, removed, take }) => api.mergeSites(kept, removed, take),
    onSuccess: () => {
      // The removed site's drawer or details must not come back from the cache.
      client.removeQueries({ queryKey: ['records', 'site', 'detail'] })
      client.removeQueries({ queryKey: ['records', 'statement', 'detail'] })
      invalidateAfterWrite(client)
    },
  })
}

export function useMarkNotDuplicate() {
  const client = useQueryClient()
  return useMutation<unknown, Error, [string, string]>({
    mutationFn: ([first, second]) => api.markNotDuplicate(first, second),
    onSuccess: () => invalidateAfterWrite(client),
  })
}
