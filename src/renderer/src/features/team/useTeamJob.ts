import { useCallback, useEffect, useRef, useState } from 'react'
import type { SyncProgress } from '../../../../shared/team'
import { api } from '../../lib/api'
import { newJobId } from '../exchange/exchange-api'

/**
 * One fetch, pull or push at a time under a job id of its own: follows main's `team-progress`
 * events for that id (phase, done of total), and cancels it with `cancelJob`.
 */
export function useTeamJob() {
  const current = useRef<string | null>(null)
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<SyncProgress | null>(null)
  const [cancelling, setCancelling] = useState(false)

  useEffect(() => {
    const subscribe = window.api?.onDatasetEvent
    if (typeof subscribe !== 'function') return undefined
    return subscribe((event) => {
      if (event.type === 'team-progress' && event.jobId === current.current)
        setProgress({
          phase: event.phase,
          done: event.done,
          ...(event.total !== undefined && { total: event.total }),
        })
    })
  }, [])

  const run = useCallback(async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = newJobId('team')
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
  }, [])

  const cancel = useCallback(() => {
    const jobId = current.current
    if (!jobId) return
    setCancelling(true)
    void api.cancelJob(jobId).catch(() => undefined)
  }, [])

  return { running, progress, cancelling, run, cancel }
}
