/**
 * Issue 15 item 11: every package the lockfile installs runs on the Node the project declares, so
 * `npm ci` on the oldest supported Node prints no EBADENGINE warning. electron-builder 26 pulls
 * @electron/rebuild 4 (Node >= 22.12); it is overridden to 3.6.2 in package.json because
 * electron-builder.yml sets `npmRebuild: false` (the app has no native modules to rebuild), so
 * that code never runs, and 3.6.2 is the last 3.x installable from the registry alone.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { loadBuilderConfig } from '../../scripts/packaging/builder-config'

const ROOT = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))
const project = read('package.json') as { engines: { node: string } }
const lock = read('package-lock.json') as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>
}

describe('engines', () => {
  const oldest = semver.minVersion(project.engines.node)?.version ?? ''

  it('declares a Node range with a lowest version', () => {
    expect(oldest).toMatch(/^20\.\d+\.\d+$/)
  })

  it('installs no package that refuses the oldest Node the project declares', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .flatMap(([name, entry]) => {
        const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node
        return wanted && !semver.satisfies(oldest, wanted) ? [`${name}@${entry.version}: node ${wanted}`] : []
      })
    expect(refusing).toEqual([])
    // Not vacuous: the lockfile lists packages that declare engines.
    expect(Object.values(lock.packages).filter((entry) => entry.engines).length).toBeGreaterThan(50)
  })

  it('keeps native rebuilds off, the condition on which @electron/rebuild is overridden', () => {
    expect(loadBuilderConfig(ROOT).npmRebuild).toBe(false)
  })
})
