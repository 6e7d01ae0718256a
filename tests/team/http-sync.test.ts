/**
 * The key sync scenarios again over smart HTTP: a loopback server wrapping system git's
 * `git http-backend` (skipped, with the reason, where it is not installed), and the token path:
 * a server that answers 401 until onAuth gives the right credentials.
 */
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import git from 'isomorphic-git'
import fs from 'node:fs'
import { Repository } from '../../src/main/team/git/repository'
import { cloneDataset } from '../../src/main/team/clone'
import { PushRejectedError } from '../../src/main/team/remotes/transport'
import { removeTempDirs, tempDir } from '../support/temp-dir'
import { type GitHttpServer, httpBackendMissing, startGitHttpServer } from './support/git-http-server'
import { fsck, HAS_GIT, makeTeam, mergeCommits, validators } from './support/team'

const missing = HAS_GIT ? httpBackendMissing() : 'system git is not installed'
const servers: GitHttpServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
  await removeTempDirs()
})

/** A bare repository served over HTTP, pushes allowed. */
async function served(root: string, auth?: { username: string; password: string }) {
  const gitdir = path.join(root, 'served', 'team.git')
  await Repository.init(gitdir, { bare: true })
  await git.setConfig({ fs, gitdir, path: 'http.receivepack', value: 'true' })
  const server = await startGitHttpServer(path.join(root, 'served'), auth)
  servers.push(server)
  return { gitdir, server, url: server.url('team.git') }
}

describe.skipIf(missing)(
  `http remote (git http-backend)${missing ? `: skipped, ${missing}` : ''}`,
  { timeout: 180_000 },
  () => {
    async function team() {
      let gitdir = ''
      const t = await makeTeam({}, async (root) => {
        const s = await served(root)
        gitdir = s.gitdir
        return s.url
      })
      return { ...t, gitdir }
    }

    it('clones, fast-forwards, and merges two fields of one record over http', async () => {
      const { alice, bob, records, gitdir } = await team()
      const [first, second] = records.site
      await alice.edit('site', first!.id, (s) => ({ ...s, reviewNote: 'over http' }))
      await alice.service.sync()
      expect((await bob.service.pull()).state).toBe('fast-forward')
      expect((await bob.get('site', first!.id))?.reviewNote).toBe('over http')
      await alice.edit('site', second!.id, (s) => ({ ...s, name: { ...s.name, en: 'Alice’s name' } }))
      await alice.service.sync()
      await bob.edit('site', second!.id, (s) => ({ ...s, inDanger: !s.inDanger }))
      expect(await bob.service.sync()).toMatchObject({ state: 'pushed', pulled: { state: 'replayed' } })
      await alice.service.pull()
      expect(await alice.get('site', second!.id)).toMatchObject({
        name: { en: 'Alice’s name' },
        inDanger: !second!.inDanger,
      })
      expect(await mergeCommits(alice.folder)).toEqual([])
      fsck(gitdir)
    })

    it('stops at the same field, and pushes the curator’s choice', async () => {
      const { alice, bob, records, gitdir } = await team()
      const id = records.site[2]!.id
      await alice.edit('site', id, (s) => ({ ...s, name: { ...s.name, en: 'A' } }))
      await alice.service.sync()
      await bob.edit('site', id, (s) => ({ ...s, name: { ...s.name, en: 'B' } }))
      expect((await bob.service.sync()).state).toBe('conflicts')
      await bob.service.resolve(`site/${id}`, '/name/en', { take: 'theirs' })
      expect((await bob.service.finishMerge()).state).toBe('done')
      expect((await bob.service.sync()).state).toBe('pushed')
      fsck(gitdir)
    })

    it('a push race over http: the second pusher is refused, pulls, replays and pushes', async () => {
      const { alice, bob, records, gitdir } = await team()
      await alice.edit('site', records.site[0]!.id, (s) => ({ ...s, reviewNote: 'alice' }))
      await bob.edit('site', records.site[1]!.id, (s) => ({ ...s, reviewNote: 'bob' }))
      await bob.service.fetch()
      await alice.service.push()
      await expect(bob.service.push()).rejects.toBeInstanceOf(PushRejectedError)
      expect((await bob.service.sync()).state).toBe('pushed')
      await alice.service.pull()
      expect((await alice.get('site', records.site[1]!.id))?.reviewNote).toBe('bob')
      fsck(gitdir)
    })
  },
)

describe.skipIf(missing)(
  `http remote with a token${missing ? `: skipped, ${missing}` : ''}`,
  { timeout: 180_000 },
  () => {
    const token = { username: 'curator', password: 'secret-token-123' }

    it('asks onAuth when the server answers 401, and says plainly when the token is refused', async () => {
      const root = await tempDir('hc-auth-')
      const { url } = await served(root, token)
      // A dataset to push there first, with the right token.
      const t = await makeTeam({ credentials: async () => token }, async () => url)
      let asked = 0
      const wrong = await tempDir('hc-auth-wrong-')
      const refused = cloneDataset(path.join(wrong, 'copy'), url, {
        validators,
        credentials: async () => {
          asked += 1
          return { username: 'curator', password: 'wrong' }
        },
      })
      await expect(refused).rejects.toThrow(/refused the token \(HTTP 401\)/)
      await expect(refused).rejects.not.toThrow(/wrong/)
      expect(asked).toBe(1)
      const none = cloneDataset(path.join(wrong, 'none'), url, { validators })
      await expect(none).rejects.toThrow(/needs a token/)
      expect((await t.bob.service.status()).head).toBe(await t.alice.service.repo.head())
    })
  },
)
