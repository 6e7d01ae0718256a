/**
 * The team commands of the command-line tool: the git merge driver, `init --git`, and `sync`
 * for scripts. They use the same engine as the app (src/main/team), never system git.
 */
import { existsSync, readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ConflictedRecord } from '@shared/team'
import { serializeRecordFile } from '../main/dataset/canonical-json'
import { CuratorError } from '../main/dataset/errors'
import { nodeDisk } from '../main/dataset/fs/disk'
import { MANIFEST_FILE } from '../main/dataset/layout'
import { acquireLock } from '../main/dataset/lock'
import { readJournalState } from '../main/dataset/open-steps'
import type { SchemaValidators } from '../main/validation/ajv'
import { initRepository } from '../main/team/init-repository'
import { mergeDriver } from '../main/team/merge-driver'
import { prepareFolderRemote } from '../main/team/remotes/new-folder-remote'
import { TeamService } from '../main/team/team-service'
import type { Flags } from './commands'
import { initCommand } from './commands'
import { requireCommitter } from './author'
import { EXIT, type Output } from './output'

export function conflictLines(records: ConflictedRecord[]): string[] {
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v))
  return records.flatMap((r) => [
    ...r.conflicts.map(
      (c) =>
        `  ${r.kind} ${r.id} ${c.path || '(whole record)'}: ${c.reason}; base ${show(c.base)}, ours ${show(c.ours)}, theirs ${show(c.theirs)}`,
    ),
    ...r.issues.map(
      (i) => `  ${r.kind} ${r.id} ${i.path || '(record)'}: invalid after merging: ${i.message} [${i.rule}]`,
    ),
  ])
}

/** `merge-driver %O %A %B %P`: exit 0 with the merge in %A; 1 with the conflicts on stderr, %A left as ours. */
export async function mergeDriverCommand(files: string[], validators: SchemaValidators, io: Output) {
  const [base, ours, theirs, name] = files as [string, string, string, string]
  const read = async (file: string) => {
    const bytes = await readFile(file)
    return bytes.length === 0 ? null : bytes
  }
  const outcome = await mergeDriver(
    { path: name, base: await read(base), ours: await read(ours), theirs: await read(theirs) },
    validators,
    process.cwd(),
  )
  if (outcome.records.length > 0) {
    io.err(
      `heritage-curator: ${name}: ${outcome.records.length} records need a curator; ${ours} is left as ours.`,
    )
    for (const line of conflictLines(outcome.records)) io.err(line)
    return EXIT.errors
  }
  await writeFile(ours, outcome.text ?? serializeRecordFile({ records: [] }))
  return EXIT.ok
}

/** `init <dataset> --git`: a new dataset (in an empty folder) or an existing one, made a repository. */
export async function initGitCommand(folder: string, flags: Flags, validators: SchemaValidators, io: Output) {
  const committer = requireCommitter(flags, 'init --git')
  const empty = !existsSync(folder) || readdirSync(folder).length === 0
  if (empty) await initCommand(folder, flags, validators, io)
  else if (!existsSync(path.join(folder, MANIFEST_FILE)))
    throw new CuratorError('NOT_FOUND', `${folder} holds no dataset (no ${MANIFEST_FILE}).`)
  const { created, commit } = await initRepository(folder, committer)
  const what = commit
    ? `commit ${commit.oid.slice(0, 7)}, ${commit.records.length} records`
    : 'nothing new to commit'
  io.out(`${created ? 'Started' : 'Checked'} the history of ${folder} (${what}); merge driver registered.`)
  return EXIT.ok
}

/** The token for an https remote, from the environment (never from a file, never printed). */
function credentials() {
  const password = process.env.HERITAGE_CURATOR_TOKEN
  if (!password) return undefined
  return async () => ({ username: process.env.HERITAGE_CURATOR_USER ?? 'heritage-curator', password })
}

/** `sync <dataset> [--remote r] [--message m] [--abort]`: commit, pull (replay), push, for scripts. */
export async function syncCommand(
  folder: string,
  flags: Flags,
  validators: SchemaValidators,
  io: Output,
  signal: AbortSignal,
) {
  const committer = requireCommitter(flags, 'sync')
  const meta = path.join(folder, '.curator')
  const { journal, compactedThrough } = await readJournalState(nodeDisk, meta)
  if (journal.events.some((e) => e.seq > compactedThrough))
    throw new CuratorError(
      'CONFLICT',
      `${folder} has edits not yet written to its files: open it in Heritage Curator once, then sync.`,
    )
  const lock = existsSync(meta) ? await acquireLock(nodeDisk, path.join(meta, 'lock')) : undefined
  if (lock && !lock.held)
    throw new CuratorError(
      'CONFLICT',
      `${folder} is open in Heritage Curator: sync from the app, or close it there.`,
    )
  try {
    const token = credentials()
    const service = await TeamService.open(folder, {
      validators,
      committer,
      ...(token && { credentials: token }),
    })
    if (flags.abort) {
      await service.abortMerge()
      io.out('The merge in progress is aborted; the dataset is as it was before the pull.')
      return EXIT.ok
    }
    if (typeof flags.remote === 'string') await setRemote(service, flags.remote)
    const changed = (await service.status()).changedFiles
    if (changed > 0) {
      if (typeof flags.message !== 'string')
        throw new CuratorError(
          'CONFLICT',
          `${changed} files changed since the last commit: give --message to commit them.`,
        )
      const commit = await service.commit(flags.message, committer)
      io.out(`Committed ${commit.records.length} records (${commit.oid.slice(0, 7)}).`)
    }
    const outcome = await service.sync({ signal })
    if (outcome.state === 'conflicts') {
      io.err(`${outcome.merge.records.length} records need a curator (nothing was written to the dataset):`)
      for (const line of conflictLines(outcome.merge.records)) io.err(line)
      io.err(
        `Resolve them in Heritage Curator, or run: heritage-curator sync ${folder} --abort --author "Name <e-mail>"`,
      )
      return EXIT.errors
    }
    const pulled = outcome.state === 'pushed' ? outcome.pulled : outcome
    const got = pulled && 'records' in pulled ? `${pulled.records.length} records pulled` : 'nothing to pull'
    io.out(
      `${got}; ${outcome.state === 'pushed' ? `pushed ${outcome.head.slice(0, 7)}` : 'nothing to push'}.`,
    )
    return EXIT.ok
  } finally {
    if (lock?.held) await lock.release()
  }
}

/** A shared folder that does not exist yet is made a bare repository: the first push creates it. */
async function setRemote(service: TeamService, remote: string) {
  await prepareFolderRemote(remote)
  await service.setRemote(remote)
}
