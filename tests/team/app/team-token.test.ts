/**
 * A server token is given once, in the remote dialog, and then lives only in the vault: never
 * in a file in clear (dataset, repository config, settings), never in a message or a log.
 */
import { readdir, readFile } from 'node:fs/promises'
import fs from 'node:fs'
import path from 'node:path'
import git from 'isomorphic-git'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Repository } from '../../../src/main/team/git/repository'
import { encryptedVault, type Encryptor } from '../../../src/main/services/team/token-vault'
import { sampleServices, tempDir } from '../../support/temp-dataset'
import { type GitHttpServer, httpBackendMissing, startGitHttpServer } from '../support/git-http-server'
import { HAS_GIT } from '../support/team'

const SECRET = 'ghp_S3cretTokenThatMustNeverLeak0123'

/** Every file below `dir` that holds `text`, as bytes or in base64. */
async function filesHolding(dir: string, text: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const bytes = await readFile(file)
    if (bytes.includes(text) || bytes.includes(Buffer.from(text).toString('base64'))) found.push(file)
  }
  return found
}

/** A stand-in for safeStorage: reversible, and nothing like the plain text. */
const fakeKeychain = (available = true): Encryptor => ({
  available: () => available,
  encryptString: (plain) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
  decryptString: (sealed) => Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString(),
})

describe('the token vault', () => {
  it('keeps a token sealed in its file, and opens it again in a new session', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'team-tokens.json')
    await encryptedVault(file, fakeKeychain()).set('https://git.example.org/t.git', { token: SECRET })
    expect(await filesHolding(dir, SECRET)).toEqual([])
    const again = encryptedVault(file, fakeKeychain())
    expect(await again.get('https://git.example.org/t.git')).toEqual({ token: SECRET })
    await again.forget('https://git.example.org/t.git')
    expect(await encryptedVault(file, fakeKeychain()).get('https://git.example.org/t.git')).toBeUndefined()
  })

  it('without a keychain, keeps it for the session only and writes nothing', async () => {
    const dir = await tempDir()
    const vault = encryptedVault(path.join(dir, 'team-tokens.json'), fakeKeychain(false))
    await vault.set('https://git.example.org/t.git', { token: SECRET })
    expect(await vault.get('https://git.example.org/t.git')).toEqual({ token: SECRET })
    expect(await readdir(dir)).toEqual([])
    expect(
      await encryptedVault(path.join(dir, 'team-tokens.json'), fakeKeychain(false)).get(
        'https://git.example.org/t.git',
      ),
    ).toBeUndefined()
  })
})

const missing = HAS_GIT ? httpBackendMissing() : 'system git is not installed'
const servers: GitHttpServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
  vi.restoreAllMocks()
})

describe.skipIf(missing)(
  `a token through the API${missing ? `: skipped, ${missing}` : ''}`,
  { timeout: 180_000 },
  () => {
    it('pushes with the token, refuses a wrong one plainly, and writes or logs it nowhere', async () => {
      const root = await tempDir()
      const gitdir = path.join(root, 'served', 'team.git')
      await Repository.init(gitdir, { bare: true })
      await git.setConfig({ fs, gitdir, path: 'http.receivepack', value: 'true' })
      const server = await startGitHttpServer(path.join(root, 'served'), {
        username: 'alice',
        password: SECRET,
      })
      servers.push(server)
      const logged: unknown[] = []
      for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const)
        vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(...args))
      const userDataDir = path.join(root, 'user-data')
      const { call, dispatch, datasetPath } = await sampleServices({ userDataDir })
      await call('savePreferences', { curatorName: 'Alice Li', curatorEmail: 'alice@example.org' })
      await call('initTeamRepository')
      const url = server.url('team.git')
      await call('setTeamRemote', { url, token: SECRET, username: 'alice' })
      expect(await call('syncTeam', 'push')).toMatchObject({ state: 'pushed' })
      expect(await call('getTeamStatus')).toMatchObject({ hasToken: true, ahead: 0, remote: { url } })

      await call('setTeamRemote', { url, token: `${SECRET}-wrong`, username: 'alice' })
      const refused = await dispatch('syncTeam', ['fetch'])
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(JSON.stringify(refused)).not.toContain(SECRET)

      for (const dir of [datasetPath, userDataDir, path.join(root, 'served')])
        expect(await filesHolding(dir, SECRET), dir).toEqual([])
      expect(JSON.stringify(logged.map(String))).not.toContain(SECRET)
    })
  },
)
