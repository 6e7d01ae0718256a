// electron-builder.yml as data, for the checks that read it (unit tests, the packaging smoke test).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

export interface TargetEntry {
  target: string
  arch?: string[]
}

export interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  extraResources: { from: string; to: string; filter?: string[] }[]
  asar: boolean
  afterPack: string
  publish: { provider: string; [key: string]: unknown }
  artifactName: string
  win: { target: TargetEntry[]; icon: string }
  mac: { target: TargetEntry[]; icon: string }
  linux: { target: TargetEntry[]; icon: string }
  [section: string]: unknown
}

export function loadBuilderConfig(root: string): BuilderConfig {
  return parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig
}

/** The packages (or whole @scopes) that `files` keeps out of node_modules: `!node_modules/{a,@b}/**`. */
export function excludedPackages(files: string[]): string[] {
  return files.flatMap((pattern) => {
    const match = /^!node_modules\/(?:\{([^}]+)\}|([^/]+(?:\/[^/*]+)?))\/\*\*$/.exec(pattern)
    if (!match) return []
    return match[1] ? match[1].split(',').map((s) => s.trim()) : [match[2] ?? '']
  })
}

export function isExcludedPackage(name: string, excluded: string[]): boolean {
  return excluded.some(
    (entry) =>
      entry === name || (entry.startsWith('@') && !entry.includes('/') && name.startsWith(`${entry}/`)),
  )
}
