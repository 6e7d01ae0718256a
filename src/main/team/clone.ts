/**
 * A curator's own copy of the team's dataset: a new repository in an empty folder, the remote
 * set, the remote branch fetched and checked out, and the merge driver registered for
 * command-line git.
 */
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { CuratorError } from '../dataset/errors'
import { Repository } from './git/repository'
import { registerMergeDriver } from './init-repository'
import type { Progress } from './progress'
import { TeamService, type TeamServiceOptions } from './team-service'

export async function cloneDataset(
  folder: string,
  remote: string,
  options: TeamServiceOptions,
  progress: Progress = {},
): Promise<TeamService> {
  await mkdir(folder, { recursive: true })
  if ((await readdir(folder)).length > 0)
    throw new CuratorError(
      'CONFLICT',
      `${folder} is not empty: a copy of the team's dataset needs a new or empty folder.`,
    )
  try {
    const repo = await Repository.init(folder)
    await registerMergeDriver(repo)
    const service = await TeamService.open(folder, options)
    await service.setRemote(remote)
    const pulled = await service.pull(progress)
    if (pulled.state === 'up-to-date' && !(await repo.head()))
      throw new CuratorError('NOT_FOUND', `${remote} has no dataset yet: push one there first.`)
    return service
  } catch (error) {
    // The folder was empty: a failed copy leaves it so.
    for (const name of await readdir(folder))
      await rm(path.join(folder, name), { recursive: true, force: true })
    throw error
  }
}
