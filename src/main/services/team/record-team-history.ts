/**
 * A record's own history, joined: its edits since the last commit come from the journal (who,
 * when, what, field by field, as the History tab always showed them), and everything before from
 * git: the commits that changed it, by anyone on the team.
 */
import type { RecordKind } from '@shared/result'
import type { RecordTeamHistory } from '@shared/team-api'
import type { DatasetStore } from '../../dataset/dataset-store'
import type { TeamService } from '../../team/team-service'
import { recordVersions } from '../history-handlers'
import { namedRef } from './record-names'

/** Commits of one record listed at most. */
const RECORD_COMMITS = 50

export async function recordTeamHistory(
  service: TeamService | undefined,
  store: DatasetStore,
  kind: RecordKind,
  id: string,
): Promise<RecordTeamHistory> {
  if (!service) return { repository: false, uncommitted: [], commits: [] }
  const commits = await service.history({ record: { kind, id }, limit: RECORD_COMMITS })
  const changed = (await service.changes()).some((c) => c.kind === kind && c.id === id)
  // The journal's versions newer than the last commit are what the Changes view would commit.
  const head = await service.repo.head()
  const since = head ? (await service.repo.readCommit(head)).committer.timestamp * 1000 : 0
  const uncommitted = changed ? recordVersions(store, kind, id).filter((v) => Date.parse(v.at) > since) : []
  return {
    repository: true,
    uncommitted,
    commits: commits.map((entry) => ({
      ...entry,
      records: entry.records.map((r) => namedRef(r.kind, r.id, store)),
    })),
  }
}
