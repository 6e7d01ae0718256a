import { useCallback, useRef, useState } from 'react'
import type { SyncPhase } from '@shared/team'
import { exchangeApi, newJobId } from '../features/exchange/exchange-api'
import { useDatasetEvent } from './useDatasetEvent'

/** How far a long job has come, from main's `progress` events. */
export interface JobProgress {
  done: number
  /** 0 when unknown (a team fetch may not know how many objects it will get). */
  total: number
  /** A team sync's step: fetching, merging, writing, pushing. */
  phase?: SyncPhase
}

/**
 * Runs one long export, import preview or team sync at a time under a job id of its own: follows main's
 * `progress` events for that id, and cancels it with `cancelJob`.
 */
export function useJob(prefix: 'export' | 'import' | 'team') {
  const current = useRef<string | null>(null)
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<JobProgress | null>(null)
  const [cancelling, setCancelling] = useState(false)

  useDatasetEvent(['progress', 'team-progress'], (event) => {
    if (event.jobId !== current.current) return
    if (event.type === 'progress') setProgress({ done: event.done, total: event.total })
    else setProgress({ done: event.done, total: event.total ?? 0, phase: event.phase })
  })

  /** Calls `work` with a fresh job id; progress and cancel follow that job until it settles. */
  const run = useCallback(
    async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
      const jobId = newJobId(prefix)
      current.current = jobId
      setRunning(true)
      setProgress(null)
      setCancelling(false)
      try {
        return await work(jobId)
      } finally {
        if (current.current === jobId) {
          current.current = null
          setRunning(false)
          setCancelling(false)
        }
      }
    },
    [prefix],
  )

  const cancel = useCallback(() => {
    const jobId = current.current
    if (!jobId) return
    setCancelling(true)
    // The job's own call then fails with CANCELLED; a job that just ended answers false.
    void exchangeApi.cancelJob(jobId).catch(() => undefined)
  }, [])

  return { running, progress, cancelling, run, cancel }
}
