import electronFuses from '@electron/fuses'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import afterPack, { electronBinaryPath } from '../../build/after-pack.mjs'
import {
  fuseSettings,
  isTestBuild,
  RELEASE_FUSES,
  TEST_BUILD_ENV,
  TEST_BUILD_FUSES,
  toFuseConfig,
} from '../../build/fuses.mjs'

const { FuseV1Options, FuseVersion } = electronFuses
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's defaults: RunAsNode, NODE_OPTIONS, inspect and file:// privileges on; the rest off. */
const DEFAULT_WIRE = '10110001'

const dirs: string[] = []
afterEach(async () => {
  vi.unstubAllEnvs()
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function fakeLinuxApp(): Promise<{ appOutDir: string; binary: string }> {
  const appOutDir = await mkdtemp(path.join(os.tmpdir(), 'hc-fuses-'))
  dirs.push(appOutDir)
  const binary = path.join(appOutDir, 'heritage-curator')
  await writeFile(binary, `ELF...${SENTINEL}\x01\x08${DEFAULT_WIRE}...`)
  return { appOutDir, binary }
}

const linuxContext = (appOutDir: string) => ({
  appOutDir,
  electronPlatformName: 'linux',
  arch: 1,
  packager: { appInfo: { productFilename: 'Heritage Curator' }, executableName: 'heritage-curator' },
})

async function wire(binary: string): Promise<string> {
  const bytes = await readFile(binary, 'latin1')
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2
  return bytes.slice(at, at + DEFAULT_WIRE.length)
}

describe('release fuses', () => {
  it('turn off Node-as-app, NODE_OPTIONS and --inspect, and turn on cookie encryption, asar-only and asar integrity', () => {
    expect(RELEASE_FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    })
  })

  it('are what a build gets unless HC_TEST_BUILD=1', () => {
    expect(TEST_BUILD_ENV).toBe('HC_TEST_BUILD')
    expect(isTestBuild({})).toBe(false)
    expect(isTestBuild({ HC_TEST_BUILD: 'true' })).toBe(false)
    expect(isTestBuild({ HC_TEST_BUILD: '1' })).toBe(true)
    expect(fuseSettings(false)).toBe(RELEASE_FUSES)
  })

  it('differ in a test build only by keeping --inspect, which Playwright attaches through', () => {
    expect(fuseSettings(true)).toBe(TEST_BUILD_FUSES)
    expect(TEST_BUILD_FUSES).toEqual({ ...RELEASE_FUSES, EnableNodeCliInspectArguments: true })
  })

  it('map onto @electron/fuses options by name', () => {
    const config = toFuseConfig(RELEASE_FUSES, FuseV1Options, FuseVersion, true)
    expect(config.version).toBe(FuseVersion.V1)
    expect(config.resetAdHocDarwinSignature).toBe(true)
    expect(config[FuseV1Options.RunAsNode]).toBe(false)
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBeUndefined()
    expect(() => toFuseConfig({ ...RELEASE_FUSES, Nope: true } as never, FuseV1Options, FuseVersion)).toThrow(
      /Nope/,
    )
  })
})

describe('the afterPack hook', () => {
  it('finds the binary @electron/fuses edits on each system', () => {
    const packager = { appInfo: { productFilename: 'Heritage Curator' }, executableName: 'heritage-curator' }
    const at = (electronPlatformName: string) =>
      electronBinaryPath({ appOutDir: '/o', electronPlatformName, arch: 1, packager })
    expect(at('darwin')).toBe(path.join('/o', 'Heritage Curator.app'))
    expect(at('win32')).toBe(path.join('/o', 'Heritage Curator.exe'))
    expect(at('linux')).toBe(path.join('/o', 'heritage-curator'))
  })

  it('flips the release fuses in the packed binary, leaving the others as Electron set them', async () => {
    vi.stubEnv(TEST_BUILD_ENV, '')
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const { appOutDir, binary } = await fakeLinuxApp()
    await afterPack(linuxContext(appOutDir))
    expect(await wire(binary)).toBe('01001101')
  })

  it('keeps --inspect on in a test build', async () => {
    vi.stubEnv(TEST_BUILD_ENV, '1')
    vi.stubEnv('GITHUB_REF', 'refs/heads/main')
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const { appOutDir, binary } = await fakeLinuxApp()
    await afterPack(linuxContext(appOutDir))
    expect(await wire(binary)).toBe('01011101')
  })

  it('refuses a test build on a tag, where releases are made', async () => {
    vi.stubEnv(TEST_BUILD_ENV, '1')
    vi.stubEnv('GITHUB_REF', 'refs/tags/v1.2.3')
    const { appOutDir, binary } = await fakeLinuxApp()
    await expect(afterPack(linuxContext(appOutDir))).rejects.toThrow(/never released/)
    expect(await wire(binary)).toBe(DEFAULT_WIRE)
  })
})
