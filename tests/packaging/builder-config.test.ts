import { Resvg } from '@resvg/resvg-js'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  excludedPackages,
  isExcludedPackage,
  loadBuilderConfig,
  type TargetEntry,
} from '../../scripts/packaging/builder-config'

const ROOT = path.resolve(import.meta.dirname, '../..')
const config = loadBuilderConfig(ROOT)

function targets(entries: TargetEntry[]): Record<string, string[]> {
  return Object.fromEntries(entries.map((t) => [t.target, [...(t.arch ?? [])].sort()]))
}

/** The artifact name pattern a target uses: its own section's, else the top-level one. */
function artifactName(target: string): string {
  const section = config[target === 'AppImage' ? 'appImage' : target] as { artifactName?: string } | undefined
  return section?.artifactName ?? config.artifactName
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('app.heritagecurator.desktop')
    expect(config.productName).toBe('Heritage Curator')
  })

  it('builds NSIS for Windows, dmg for macOS and AppImage and deb for Linux, each for x64 and arm64', () => {
    expect(targets(config.win.target)).toEqual({ nsis: ['arm64', 'x64'] })
    expect(targets(config.mac.target)).toMatchObject({ dmg: ['arm64', 'x64'] })
    expect(targets(config.linux.target)).toEqual({ AppImage: ['arm64', 'x64'], deb: ['arm64', 'x64'] })
  })

  it('adds a Mac zip beside the dmg, which electron-updater needs to update a Mac app', () => {
    expect(targets(config.mac.target).zip).toEqual(['arm64', 'x64'])
  })

  it('names every artifact with the version and the arch, one Windows installer per arch', () => {
    for (const target of ['nsis', 'dmg', 'zip', 'AppImage', 'deb']) {
      expect(artifactName(target), target).toContain('${version}')
      expect(artifactName(target), target).toContain('${arch}')
    }
    expect((config.nsis as { buildUniversalInstaller: boolean }).buildUniversalInstaller).toBe(false)
  })

  it('packs only the built app and package.json: no sources, tests, fixtures, schemas or sample data', () => {
    const included = config.files.filter((f) => !f.startsWith('!'))
    expect(included.sort()).toEqual(['out/**', 'package.json'])
    expect(config.files).toContain('!out/**/*.map')
    for (const pattern of config.files) {
      expect(pattern).not.toMatch(/^(src|tests|e2e|fixtures|schemas|scripts|data|build)\b/)
    }
    expect(config.asar).toBe(true)
  })

  it('ships the sample dataset outside the asar, where main looks for it (resources/data)', () => {
    expect(config.extraResources).toContainEqual({ from: 'data', to: 'data', filter: ['**/*'] })
    expect(readFileSync(path.join(ROOT, 'src/main/index.ts'), 'utf8')).toContain(
      "path.join(process.resourcesPath, 'data')",
    )
    expect(existsSync(path.join(ROOT, 'data/dataset.json'))).toBe(true)
  })

  it('ships the full licence texts as a file beside the app', () => {
    expect(config.extraResources).toContainEqual({
      from: 'out/THIRD_PARTY_LICENSES.txt',
      to: 'THIRD_PARTY_LICENSES.txt',
    })
  })

  it('flips the fuses after packing, and publishes updates to GitHub releases', () => {
    expect(config.afterPack).toBe('build/after-pack.mjs')
    expect(existsSync(path.join(ROOT, config.afterPack))).toBe(true)
    expect(config.publish.provider).toBe('github')
  })

  it('makes every icon from one 1024×1024 image rendered from build/icon.svg', () => {
    for (const platform of [config.win, config.mac, config.linux])
      expect(platform.icon).toBe('build/icon.png')
    const png = new Resvg(readFileSync(path.join(ROOT, 'build/icon.svg')), {
      fitTo: { mode: 'width', value: 1024 },
    })
      .render()
      .asPng()
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024])
  })
})

describe('node_modules left out of the package', () => {
  const excluded = excludedPackages(config.files)

  it('are read from the files patterns', () => {
    expect(excludedPackages(['out/**', '!node_modules/{react,@mantine}/**', '!node_modules/x/**'])).toEqual([
      'react',
      '@mantine',
      'x',
    ])
    expect(isExcludedPackage('@mantine/core', ['@mantine'])).toBe(true)
    expect(isExcludedPackage('react-dom', ['react'])).toBe(false)
    expect(excluded).toContain('react')
  })

  it('are never imported by main, the preload or shared code (the renderer bundles its own)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f))
        .map((f) => path.join(ROOT, dir, f))
    const imported = new Set<string>()
    for (const file of ['src/main', 'src/preload', 'src/shared'].flatMap(sources)) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^'.][^']*)'/g)) {
        const parts = (spec ?? '').split('/')
        imported.add(spec?.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''))
      }
    }
    expect([...imported].filter((name) => isExcludedPackage(name, excluded))).toEqual([])
  })

  it('are not needed by any package main does load', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<
        string,
        { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
      >
    }
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    const resolve = (from: string, name: string): string | null => {
      for (let dir = from; ;) {
        const key = `${dir ? `${dir}/` : ''}node_modules/${name}`
        if (lock.packages[key]) return key
        if (!dir) return null
        const cut = dir.lastIndexOf('/node_modules/')
        dir = cut < 0 ? '' : dir.slice(0, cut)
      }
    }
    const needed = new Set<string>()
    const queue = Object.keys(manifest.dependencies)
      .filter((name) => !isExcludedPackage(name, excluded))
      .map((name) => resolve('', name))
    while (queue.length > 0) {
      const key = queue.pop()
      if (!key || needed.has(key)) continue
      needed.add(key)
      const entry = lock.packages[key] ?? {}
      for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
        queue.push(resolve(key, dep))
      }
    }
    const names = [...needed].map((key) =>
      key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length),
    )
    expect(names.filter((name) => isExcludedPackage(name, excluded))).toEqual([])
  })
})
