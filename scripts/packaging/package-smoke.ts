// `npm test`'s packaging smoke test, after the build: runs electron-builder with the real
// electron-builder.yml and afterPack hook over a stand-in Electron (a file holding Electron's fuse
// wire, since the real zip cannot be downloaded everywhere), as an unpacked Linux app, and checks
// what went into it: the asar holds only the built app and main's dependencies, the sample data and
// licence texts sit in resources, the update feed is there, and the fuses are flipped for release.
import electronFuses from '@electron/fuses'
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { RELEASE_FUSES } from '../../build/fuses.mjs'
import { excludedPackages, isExcludedPackage, loadBuilderConfig } from './builder-config'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's own defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on... */
const DEFAULT_WIRE = '10110001'

/** The file names in an asar archive, read from its JSON header. */
export function asarFiles(file: string): string[] {
  const bytes = readFileSync(file)
  const headerLength = bytes.readUInt32LE(12)
  type Node = { files?: Record<string, Node> }
  const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8')) as Node
  const names: string[] = []
  const walk = (node: Node, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      if (child.files) walk(child, `${prefix}${name}/`)
      else names.push(`${prefix}${name}`)
    }
  }
  walk(header, '')
  return names
}

function fakeElectron(dir: string): void {
  mkdirSync(path.join(dir, 'locales'), { recursive: true })
  mkdirSync(path.join(dir, 'resources'), { recursive: true })
  writeFileSync(path.join(dir, 'electron'), `#!/bin/sh\n# ${SENTINEL}\x01\x08${DEFAULT_WIRE}\n`)
  chmodSync(path.join(dir, 'electron'), 0o755)
  for (const file of ['LICENSE', 'LICENSES.chromium.html', 'locales/en-US.pak']) {
    writeFileSync(path.join(dir, file), '')
  }
}

function check(problems: string[], ok: boolean, problem: string): void {
  if (!ok) problems.push(problem)
}

function inspect(appDir: string): string[] {
  const problems: string[] = []
  const resources = path.join(appDir, 'resources')
  const files = asarFiles(path.join(resources, 'app.asar'))
  const topLevel = new Set(files.map((f) => f.split('/')[0]))
  check(
    problems,
    [...topLevel].every((t) => ['out', 'package.json', 'node_modules'].includes(t ?? '')),
    `app.asar holds more than out/, package.json and node_modules/: ${[...topLevel].join(', ')}`,
  )
  for (const needed of [
    'out/main/index.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
    'out/licenses.json',
  ]) {
    check(problems, files.includes(needed), `app.asar lacks ${needed}`)
  }
  check(
    problems,
    !files.some((f) => f.startsWith('out/') && f.endsWith('.map')),
    'app.asar holds source maps',
  )
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
  }
  const packed = (name: string) => files.includes(`node_modules/${name}/package.json`)
  const excluded = excludedPackages(loadBuilderConfig(ROOT).files)
  for (const name of Object.keys(manifest.dependencies)) {
    const expected = !isExcludedPackage(name, excluded)
    check(
      problems,
      packed(name) === expected,
      `${name} is ${expected ? 'missing from' : 'packed into'} app.asar`,
    )
  }
  const sample = readdirSync(path.join(ROOT, 'data')).sort()
  check(
    problems,
    existsSync(path.join(resources, 'data')) &&
      JSON.stringify(readdirSync(path.join(resources, 'data')).sort()) === JSON.stringify(sample),
    'resources/data is not a copy of data/',
  )
  check(
    problems,
    existsSync(path.join(resources, 'THIRD_PARTY_LICENSES.txt')),
    'resources lacks THIRD_PARTY_LICENSES.txt',
  )
  const feed = path.join(resources, 'app-update.yml')
  check(
    problems,
    existsSync(feed) && /^provider: github$/m.test(readFileSync(feed, 'utf8')),
    'no GitHub update feed',
  )

  const binary = readFileSync(path.join(appDir, 'heritage-curator'))
  const wireAt = binary.indexOf(SENTINEL) + SENTINEL.length + 2
  for (const [name, on] of Object.entries(RELEASE_FUSES)) {
    const index = electronFuses.FuseV1Options[name as keyof typeof electronFuses.FuseV1Options]
    const state = String.fromCharCode(binary[wireAt + index] ?? 0)
    check(problems, state === (on ? '1' : '0'), `fuse ${name} is ${state}, not ${on ? 'on' : 'off'}`)
  }
  return problems
}

function main(): number {
  if (process.platform !== 'linux') {
    console.log('Packaging smoke test skipped: it packs a Linux app, and runs on Linux only.')
    return 0
  }
  for (const built of ['out/main/index.js', 'out/renderer/index.html', 'out/licenses.json']) {
    if (!existsSync(path.join(ROOT, built))) {
      console.error(`${built} is missing: run npm run build first.`)
      return 1
    }
  }
  const work = mkdtempSync(path.join(tmpdir(), 'hc-package-smoke-'))
  try {
    fakeElectron(path.join(work, 'electron'))
    const env = { ...process.env }
    delete env.HC_TEST_BUILD
    const builder = spawnSync(
      'npx',
      [
        'electron-builder',
        '--config',
        'electron-builder.yml',
        '--linux',
        'dir',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${path.join(work, 'electron')}`,
        `-c.directories.output=${path.join(work, 'dist')}`,
        '-c.publish.owner=smoke-test',
        '-c.publish.repo=heritage-curator',
      ],
      { cwd: ROOT, env, encoding: 'utf8' },
    )
    if (builder.status !== 0) {
      console.error(builder.stdout, builder.stderr)
      console.error('electron-builder failed on the stand-in Electron.')
      return 1
    }
    const problems = inspect(path.join(work, 'dist/linux-unpacked'))
    for (const problem of problems) console.error(`  - ${problem}`)
    if (problems.length > 0) return 1
    console.log('Packaging smoke test: app.asar, resources and release fuses as configured.')
    return 0
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = main()
}
