import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const ELECTRON = (
  JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string
  }
).version
const made: string[] = []
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

/** `npm run dist -- <args>` with an empty Electron cache and a download host that refuses. */
function dist(args: string[], env: Record<string, string> = {}) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'hc-dist-'))
  made.push(home)
  const result = spawnSync('node', ['scripts/dist.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      HC_TEST_BUILD: '',
      electron_config_cache: '',
      HOME: home,
      USERPROFILE: home,
      LOCALAPPDATA: home,
      XDG_CACHE_HOME: home,
      ELECTRON_CACHE: path.join(home, 'electron-cache'),
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      ...env,
    },
  })
  return { ...result, home }
}

describe('npm run dist', () => {
  it('says plainly what is missing, why and what to do when Electron cannot be had, and exits 1', () => {
    const { status, stderr } = dist(['--check', '--linux', '--x64', '--arm64'])
    expect(status).toBe(1)
    expect(stderr).toContain(
      `Missing: electron-v${ELECTRON}-linux-x64.zip, electron-v${ELECTRON}-linux-arm64.zip`,
    )
    expect(stderr).toContain('not downloadable: http://127.0.0.1:9/ did not answer')
    expect(stderr).toMatch(/Why: every installer carries an unpacked copy of Electron/)
    expect(stderr).toMatch(/What to do/)
    expect(stderr).toContain('Nothing was built.')
  })

  it('takes the archs from electron-builder.yml when none are named', () => {
    const { stderr } = dist(['--check', '--win'])
    expect(stderr).toContain(`electron-v${ELECTRON}-win32-x64.zip, electron-v${ELECTRON}-win32-arm64.zip`)
  })

  it('goes ahead when the zips are in the Electron cache', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'hc-electron-cache-'))
    made.push(cache)
    writeFileSync(path.join(cache, `electron-v${ELECTRON}-linux-x64.zip`), '')
    const { status, stdout } = dist(['--check', '--linux', '--x64'], { ELECTRON_CACHE: cache })
    expect(status).toBe(0)
    expect(stdout).toContain('1 of 1 zips cached')
  })

  it('refuses to publish a test build', () => {
    const { status, stderr } = dist(['--publish', 'always'], { HC_TEST_BUILD: '1' })
    expect(status).toBe(1)
    expect(stderr).toContain('never published')
  })
})
