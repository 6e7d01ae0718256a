/**
 * Cancelling "Clone a team dataset…" while the pack comes in from a slow server (issue 13): the
 * answer is CANCELLED, the chosen folder is left empty (nothing half-cloned that the app would
 * open), the open dataset stays open, and a second clone into the same folder works.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DatasetEvent } from '@shared/dataset'
import { sampleServices, tempDir } from '../../support/temp-dataset'
import { type GitHttpServer, httpBackendMissing, startGitHttpServer } from '../support/git-http-server'
import { HAS_GIT } from '../support/team'

const missing = HAS_GIT ? httpBackendMissing() : 'system git is not installed'
const servers: GitHttpServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

/** Alice's sample dataset pushed to a bare repository in `root/served`, served over http. */
async function servedTeam(root: string) {
  const alice = await sampleServices({ userDataDir: path.join(root, 'alice-data') })
  await alice.call('savePreferences', { curatorName: 'Alice Li', curatorEmail: 'alice@example.org' })
  await alice.call('initTeamRepository')
  alice.dialogs.folders.push(path.join(root, 'served', 'heritage.git'))
  await alice.call('setTeamRemote', { folder: 'choose' })
  await alice.call('syncTeam', 'push')
  const server = await startGitHttpServer(path.join(root, 'served'))
  servers.push(server)
  return { server, url: server.url('heritage.git') }
}

describe.skipIf(missing)(
  `cancelling a clone${missing ? `: skipped, ${missing}` : ''}`,
  { timeout: 180_000 },
  () => {
    it('a clone cancelled mid-download answers CANCELLED, leaves the folder empty, and can be made again', async () => {
      const root = await tempDir('hc-clone-cancel-')
      const { server, url } = await servedTeam(root)
      const events: DatasetEvent[] = []
      const bob = await sampleServices({
        userDataDir: path.join(root, 'bob-data'),
        onEvent: (event) => events.push(event),
      })
      const opened = await bob.call<{ path: string }>('getDatasetInfo')
      const copy = path.join(root, 'bob')

      server.throttle = { bytes: 256, everyMs: 50 }
      bob.dialogs.folders.push(copy)
      const running = bob.dispatch('cloneTeamDataset', [{ url }, 'clone-1'])
      const fetching = () =>
        events.filter((e) => e.type === 'team-progress' && e.jobId === 'clone-1' && e.phase === 'fetching')
      // The server's own counts come first, while the pack is still on its way.
      await expect
        .poll(() => fetching().some((e) => e.type === 'team-progress' && (e.total ?? 0) > 0), {
          timeout: 60_000,
        })
        .toBe(true)
      expect(await bob.call('cancelJob', 'clone-1')).toBe(true)
      expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })

      expect(await readdir(copy).catch(() => [])).toEqual([])
      expect(await bob.call('getDatasetInfo')).toMatchObject({ path: opened.path })

      server.throttle = undefined
      bob.dialogs.folders.push(copy)
      expect(await bob.call('cloneTeamDataset', { url })).toMatchObject({ path: copy })
      expect(await bob.call('getRecord', 'site', 'whc-440')).toMatchObject({ id: 'whc-440' })
    })
  },
)
