#!/usr/bin/env node
// `npm run dist`: the installers for this system (or the systems and archs named, as for
// electron-builder: `npm run dist -- --linux deb --arm64`), into dist/. First it checks that the
// Electron runtime every installer contains can be had, and says plainly what is missing when it
// cannot; `npm run dist -- --check` stops after that check. HC_TEST_BUILD=1 makes a test build
// (inspect fuse on, into dist-test/, never published). docs/RELEASING.md explains.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { isTestBuild, TEST_BUILD_ENV } from '../build/fuses.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/'
const PLATFORM_FLAGS = {
  darwin: ['--mac', '-m', '--macos', '-o'],
  win32: ['--win', '-w', '--windows'],
  linux: ['--linux', '-l'],
}
const CONFIG_KEYS = { darwin: 'mac', win32: 'win', linux: 'linux' }
const ARCHES = ['x64', 'arm64', 'ia32', 'armv7l', 'universal']

const args = process.argv.slice(2)
const checkOnly = args.includes('--check')
const builderArgs = args.filter((a) => a !== '--check')
const testBuild = isTestBuild()

const electronVersion = JSON.parse(
  readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version
const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'))

/** The systems and archs this run builds, from the flags or, without any, this system and its config. */
function plannedBuilds() {
  const platforms = Object.keys(PLATFORM_FLAGS).filter((p) => PLATFORM_FLAGS[p].some((f) => args.includes(f)))
  if (platforms.length === 0) platforms.push(process.platform)
  const flagged = ARCHES.filter((a) => args.includes(`--${a}`))
  return platforms.map((platform) => {
    let archs = flagged
    if (archs.length === 0) {
      const targets = args.includes('--dir') ? [] : (config[CONFIG_KEYS[platform]]?.target ?? [])
      archs = [...new Set(targets.flatMap((t) => t.arch ?? []))]
    }
    if (archs.length === 0) archs = [process.arch]
    // A universal Mac app is made from both.
    archs = [...new Set(archs.flatMap((a) => (a === 'universal' ? ['x64', 'arm64'] : [a])))]
    return { platform, archs }
  })
}

/** Where @electron/get keeps downloaded zips (ELECTRON_CACHE overrides), as electron-builder reads them. */
function cacheRoots() {
  const home = os.homedir()
  const roots = [process.env.ELECTRON_CACHE, process.env.electron_config_cache]
  if (process.platform === 'darwin') roots.push(path.join(home, 'Library/Caches/electron'))
  else if (process.platform === 'win32') {
    roots.push(path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData/Local'), 'electron/Cache'))
  } else roots.push(path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'electron'))
  return roots.filter(Boolean)
}

function findCachedZip(zip) {
  for (const root of cacheRoots()) {
    if (!existsSync(root)) continue
    if (existsSync(path.join(root, zip))) return path.join(root, zip)
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      const candidate = path.join(root, entry.name, zip)
      if (entry.isDirectory() && existsSync(candidate)) return candidate
    }
  }
  return null
}

/** Null when the host answers (any HTTP status below 500), else why it did not. */
async function unreachable(url) {
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    })
    return response.status < 500 ? null : `it answered HTTP ${response.status}`
  } catch (error) {
    if (error.name === 'TimeoutError') return 'no answer within 10 seconds'
    const code = error.cause?.code
    const plain = { ENOTFOUND: 'its name does not resolve', ECONNREFUSED: 'the connection was refused' }[code]
    return plain ? `${plain}, ${code}` : String(code ?? error.cause?.message ?? error.message)
  }
}

async function preflight() {
  const needed = plannedBuilds().flatMap(({ platform, archs }) =>
    archs.map((arch) => `electron-v${electronVersion}-${platform}-${arch}.zip`),
  )
  const missing = needed.filter((zip) => !findCachedZip(zip))
  const mirror = process.env.ELECTRON_MIRROR ?? DEFAULT_MIRROR
  const probeUrl = `${mirror}v${electronVersion}/${missing[0] ?? needed[0]}`
  const hostProblem = await unreachable(probeUrl)
  if (missing.length > 0 && hostProblem) {
    console.error(`npm run dist cannot build the installers: the Electron runtime they contain is not available here.

Missing: ${missing.join(', ')}
  - not in the Electron download cache (${cacheRoots().join(', ')}), and
  - not downloadable: ${mirror} did not answer (${hostProblem}).

Why: every installer carries an unpacked copy of Electron ${electronVersion}, one zip per system and
architecture, which electron-builder takes from that cache or downloads; here it can do neither.
(The electron package itself may be installed without any binary: ELECTRON_SKIP_BINARY_DOWNLOAD.)

What to do, any one of:
  - run npm run dist where the download host is reachable (the release workflow does, on each system);
  - download the zips listed above elsewhere and copy them into ${cacheRoots().at(-1)}
    (or into the folder ELECTRON_CACHE names);
  - set ELECTRON_MIRROR to a mirror of Electron's releases that this machine can reach.
Nothing was built.`)
    return false
  }
  if (hostProblem) {
    console.warn(`Note: the Electron zips are cached, but ${mirror} is unreachable (${hostProblem}).
electron-builder downloads its own tools for some targets (NSIS, the AppImage runtime, fpm for deb)
on first use; if it stops with a download error, those tools are what is missing (see ELECTRON_BUILDER_CACHE).`)
  }
  console.log(
    `Electron ${electronVersion}: ${needed.length - missing.length} of ${needed.length} zips cached${missing.length ? ', the rest downloadable' : ''}.`,
  )
  return true
}

/** owner/repo for the update feed: GITHUB_REPOSITORY (set in Actions), else the origin remote. */
function githubRepository() {
  if (process.env.GITHUB_REPOSITORY) return process.env.GITHUB_REPOSITORY
  const remote = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: ROOT, encoding: 'utf8' })
  const match = /github\.com[/:]([^/]+\/[^/]+?)(\.git)?\s*$/.exec(remote.stdout ?? '')
  return match?.[1] ?? null
}

function run(command, commandArgs) {
  console.log(`\n▶ ${command} ${commandArgs.join(' ')}`)
  const { status } = spawnSync(command, commandArgs, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  return status ?? 1
}

async function main() {
  const publishes = builderArgs.some(
    (a, i) =>
      ((a === '--publish' || a === '-p') && builderArgs[i + 1] !== 'never') ||
      (a.startsWith('--publish=') && a !== '--publish=never'),
  )
  if (testBuild && publishes) {
    console.error(`${TEST_BUILD_ENV}=1 makes a test build (inspect fuse on), which is never published.`)
    return 1
  }
  if (!(await preflight())) return 1
  if (checkOnly) return 0

  const overrides = []
  const repository = githubRepository()
  if (testBuild) {
    overrides.push('-c.directories.output=dist-test')
  }
  if (repository) {
    const [owner, repo] = repository.split('/')
    overrides.push(`-c.publish.owner=${owner}`, `-c.publish.repo=${repo}`)
  } else {
    console.warn('No GitHub repository known (set GITHUB_REPOSITORY=owner/repo or add an origin remote):')
    console.warn('these installers will not be able to look for updates.')
  }
  const publish = builderArgs.some((a) => a === '-p' || a.startsWith('--publish'))
    ? []
    : ['--publish', 'never']
  const steps = [
    ['npm', ['run', 'build']], // electron-vite, then the licence list (out/licenses.json, THIRD_PARTY_LICENSES.txt)
    ['node', ['scripts/packaging/render-icon.mjs']],
    [
      'npx',
      ['electron-builder', '--config', 'electron-builder.yml', ...publish, ...builderArgs, ...overrides],
    ],
  ]
  for (const [command, commandArgs] of steps) {
    const status = run(command, commandArgs)
    if (status !== 0) {
      console.error(`\nnpm run dist stopped: ${command} ${commandArgs[0]} failed (exit ${status}).`)
      return status
    }
  }
  console.log(
    `\nInstallers are in ${testBuild ? 'dist-test' : 'dist'}/${testBuild ? ' (TEST build: do not distribute)' : ''}.`,
  )
  return 0
}

process.exit(await main())
