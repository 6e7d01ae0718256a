// The licences of everything the app ships: the production dependency tree (what main loads from
// node_modules and what Vite bundles into the renderer) plus Electron itself. Writes
// out/licenses.json (the About dialog's summary) and out/THIRD_PARTY_LICENSES.txt (the full texts,
// copied into the installed app's resources folder). Run after `electron-vite build`.
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface PackageLicence {
  name: string
  version: string
  /** An SPDX expression, as the package declares it; UNKNOWN when it declares none. */
  license: string
  repository?: string
  /** The package's own licence text, when it ships one. */
  text?: string
}

export interface LicenceReport {
  app: { name: string; version: string }
  packages: Omit<PackageLicence, 'text'>[]
}

interface Manifest {
  name: string
  version: string
  license?: string | { type: string }
  licenses?: { type: string }[]
  repository?: string | { url: string }
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

const LICENCE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Manifest
}

/** Node's lookup: `name` in node_modules beside `fromDir`, then in each parent's, up to `rootDir`. */
function resolvePackage(name: string, fromDir: string, rootDir: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (existsSync(path.join(candidate, 'package.json'))) return candidate
    if (path.relative(rootDir, dir) === '' || dir === path.dirname(dir)) return null
  }
}

function licenceOf(manifest: Manifest): string {
  const { license, licenses } = manifest
  if (typeof license === 'string') return license
  if (license?.type) return license.type
  if (licenses?.length) return licenses.map((l) => l.type).join(' OR ')
  return 'UNKNOWN'
}

function repositoryOf(manifest: Manifest): string | undefined {
  const repo = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url
  return repo?.replace(/^git\+/, '').replace(/\.git$/, '')
}

async function licenceText(dir: string): Promise<string | undefined> {
  const file = (await readdir(dir)).sort().find((name) => LICENCE_FILE.test(name))
  return file ? (await readFile(path.join(dir, file), 'utf8')).trim() : undefined
}

async function describe(dir: string): Promise<PackageLicence> {
  const manifest = await readManifest(dir)
  const repository = repositoryOf(manifest)
  const text = await licenceText(dir)
  return {
    name: manifest.name,
    version: manifest.version,
    license: licenceOf(manifest),
    ...(repository ? { repository } : {}),
    ...(text ? { text } : {}),
  }
}

/**
 * Walks `dependencies` (and installed `optionalDependencies`) from the project's package.json
 * through node_modules, and adds Electron, the runtime every installer carries.
 */
export async function collectLicences(projectDir: string): Promise<PackageLicence[]> {
  const found = new Map<string, PackageLicence>()
  const queue: { name: string; from: string; optional: boolean }[] = []
  const enqueue = (manifest: Manifest, from: string) => {
    for (const name of Object.keys(manifest.dependencies ?? {})) queue.push({ name, from, optional: false })
    for (const name of Object.keys(manifest.optionalDependencies ?? {})) {
      queue.push({ name, from, optional: true })
    }
  }
  enqueue(await readManifest(projectDir), projectDir)
  const seenDirs = new Set<string>()
  while (queue.length > 0) {
    const { name, from, optional } = queue.shift()!
    const dir = resolvePackage(name, from, projectDir)
    if (!dir) {
      if (optional) continue
      throw new Error(`${name} (needed by ${path.relative(projectDir, from) || 'the app'}) is not installed.`)
    }
    if (seenDirs.has(dir)) continue
    seenDirs.add(dir)
    const licence = await describe(dir)
    found.set(`${licence.name}@${licence.version}`, licence)
    enqueue(await readManifest(dir), dir)
  }
  const electronDir = resolvePackage('electron', projectDir, projectDir)
  if (electronDir) {
    const electron = await describe(electronDir)
    found.set(`electron@${electron.version}`, electron)
  }
  return [...found.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  )
}

/** How many packages under each licence, most common first: the About dialog's summary. */
export function summariseLicences(packages: Pick<PackageLicence, 'license'>[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const { license } of packages) counts.set(license, (counts.get(license) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

export function renderLicenceText(app: LicenceReport['app'], packages: PackageLicence[]): string {
  const header = [
    `${app.name} ${app.version}: third-party software`,
    '',
    `The app includes the following ${packages.length} packages. Chromium's own licences are in`,
    'LICENSES.chromium.html beside the app executable.',
  ]
  const sections = packages.map((p) =>
    [
      '='.repeat(78),
      `${p.name} ${p.version}: ${p.license}`,
      ...(p.repository ? [p.repository] : []),
      '',
      p.text ?? '(The package ships no licence file; its package.json declares the licence above.)',
    ].join('\n'),
  )
  return `${[header.join('\n'), ...sections].join('\n\n')}\n`
}

export async function writeLicenceFiles(projectDir: string, outDir: string): Promise<LicenceReport> {
  const manifest = await readManifest(projectDir)
  const app = { name: manifest.name, version: manifest.version }
  const packages = await collectLicences(projectDir)
  const report: LicenceReport = { app, packages: packages.map(({ text: _text, ...rest }) => rest) }
  await mkdir(outDir, { recursive: true })
  await writeFile(path.join(outDir, 'licenses.json'), `${JSON.stringify(report, null, 2)}\n`)
  await writeFile(path.join(outDir, 'THIRD_PARTY_LICENSES.txt'), renderLicenceText(app, packages))
  return report
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const projectDir = path.resolve(import.meta.dirname, '../..')
  const report = await writeLicenceFiles(projectDir, path.join(projectDir, 'out'))
  const summary = summariseLicences(report.packages)
    .map(([licence, n]) => `${licence} ${n}`)
    .join(', ')
  console.log(
    `out/licenses.json, out/THIRD_PARTY_LICENSES.txt: ${report.packages.length} packages (${summary})`,
  )
}
