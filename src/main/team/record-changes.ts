/**
 * The Changes view's list: the records that differ between the last commit and the dataset's
 * files, each with its field diffs as the History view shows them (field-diff.ts).
 */
import type { RecordChange } from '@shared/team'
import { diffFields } from '../records/field-diff'
import type { Repository } from './git/repository'
import { sortRecords } from './changed-records'
import { changedIds, parsePiece, shardPieces } from './shard-text'
import { changedFiles } from './status'
import { kindOfShard } from './worktree'

/** Managed timestamps change with every edit: they are not shown as changes. */
const IGNORED = new Set(['/updatedAt', '/createdAt'])

export async function recordChanges(repo: Repository): Promise<RecordChange[]> {
  const found: RecordChange[] = []
  for (const file of await changedFiles(repo)) {
    const kind = kindOfShard(file.path)
    if (!kind) continue
    const before = shardPieces(await repo.readBlob(file.before), `${file.path} (last commit)`)
    const after = shardPieces(file.content ?? null, file.path)
    for (const id of changedIds(before, after)) {
      const [old, now] = [parsePiece(before.get(id)), parsePiece(after.get(id))]
      const change = old === null ? 'added' : now === null ? 'deleted' : 'modified'
      // An added or deleted record lists each of its fields, as the History view does.
      const fields = diffFields(old ?? {}, now ?? {}).filter((f) => !IGNORED.has(f.path))
      found.push({ kind, id, change, fields })
    }
  }
  const order = new Map(sortRecords(found).map((r, i) => [`${r.kind}/${r.id}`, i]))
  const at = (r: RecordChange) => order.get(`${r.kind}/${r.id}`) ?? 0
  return found.sort((a, b) => at(a) - at(b))
}
