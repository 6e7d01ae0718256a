/**
 * The team views' data (issue 13): status, changes, history and the merge in progress, read
 * from main through the one gateway; every team action refreshes them all, and a pull or a
 * finished merge (which rewrote the dataset's files) refreshes every table and form too.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { api } from '@renderer/lib/api'
import { refreshEverything } from '@renderer/hooks/useRecords'
import type { Resolution } from '@shared/team'
import type { RemoteRequest } from '@shared/team-api'

export const teamKeys = {
  all: ['team'] as const,
  status: ['team', 'status'] as const,
  changes: ['team', 'changes'] as const,
  history: ['team', 'history'] as const,
  merge: ['team', 'merge'] as const,
}

export function refreshTeam(client: QueryClient) {
  return client.invalidateQueries({ queryKey: teamKeys.all })
}

export function useTeamStatus() {
  return useQuery({ queryKey: teamKeys.status, queryFn: () => api.getTeamStatus(), staleTime: 0 })
}

export function useTeamChanges(enabled: boolean) {
  return useQuery({ queryKey: teamKeys.changes, queryFn: () => api.listTeamChanges(), enabled, staleTime: 0 })
}

export function useTeamHistory(enabled: boolean) {
  return useQuery({
    queryKey: teamKeys.history,
    queryFn: () => api.getTeamHistory({ limit: 100 }),
    enabled,
    staleTime: 0,
  })
}

export function useTeamMerge(enabled: boolean) {
  return useQuery({ queryKey: teamKeys.merge, queryFn: () => api.getTeamMerge(), enabled, staleTime: 0 })
}

/** A team mutation that refreshes the team views after it; `rewrites`: the dataset's files too. */
function useTeamMutation<A, T>(call: (arg: A) => Promise<T>, rewrites = false) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSettled: async () => {
      await refreshTeam(client)
      if (rewrites) await refreshEverything(client)
    },
  })
}

export function useCommitChanges() {
  return useTeamMutation((m: { summary: string; description: string }) =>
    api.commitTeamChanges(m.summary, m.description),
  )
}

export function useStartRepository() {
  return useTeamMutation(() => api.initTeamRepository())
}

export function useSetRemote() {
  return useTeamMutation((request: RemoteRequest) => api.setTeamRemote(request))
}

export function useResolveField() {
  return useTeamMutation((r: { record: string; path: string; resolution: Resolution | null }) =>
    api.resolveTeamField(r.record, r.path, r.resolution),
  )
}

export function useResolveRecord() {
  return useTeamMutation((r: { record: string; side: 'ours' | 'theirs' }) =>
    api.resolveTeamRecord(r.record, r.side),
  )
}

export function useFinishMerge() {
  return useTeamMutation(() => api.finishTeamMerge(), true)
}

export function useAbortMerge() {
  return useTeamMutation(() => api.abortTeamMerge(), true)
}
