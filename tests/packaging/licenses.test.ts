import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  collectLicences,
  renderLicenceText,
  summariseLicences,
  writeLicenceFiles,
} from '../../scripts/packaging/licenses'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('the bundled packages licence list', () => {
  it('covers the production tree (main and renderer) and Electron, and no dev tool', async () => {
    const packages = await collectLicences(ROOT)
    const names = packages.map((p) => p.name)
    for (const name of [
      'react',
      'react-dom',
      '@mantine/core',
      'ajv',
      'lowdb',
      'electron-updater',
      'electron',
    ]) {
      expect(names).toContain(name)
    }
    for (const name of ['vitest', 'electron-builder', 'typescript', '@doyensec/electronegativity']) {
      expect(names).not.toContain(name)
    }
    expect(packages.filter((p) => p.license === 'UNKNOWN').map((p) => p.name)).toEqual([])
    expect(packages.find((p) => p.name === 'react')?.text).toMatch(/MIT License/)
  })

  it('summarises by licence, most common first', () => {
    expect(summariseLicences([{ license: 'ISC' }, { license: 'MIT' }, { license: 'MIT' }])).toEqual([
      ['MIT', 2],
      ['ISC', 1],
    ])
  })

  it('writes the summary JSON for the About dialog and the full texts for the package', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'hc-licences-'))
    try {
      const report = await writeLicenceFiles(ROOT, out)
      const json = JSON.parse(await readFile(path.join(out, 'licenses.json'), 'utf8')) as typeof report
      expect(json.app.name).toBe('heritage-curator')
      expect(json.packages.length).toBe(report.packages.length)
      expect(json.packages.every((p) => !('text' in p))).toBe(true)
      const text = await readFile(path.join(out, 'THIRD_PARTY_LICENSES.txt'), 'utf8')
      expect(text).toContain(`includes the following ${report.packages.length} packages`)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it('says so when a package ships no licence file', () => {
    const text = renderLicenceText({ name: 'a', version: '1' }, [
      { name: 'x', version: '1.0.0', license: 'MIT' },
    ])
    expect(text).toContain('x 1.0.0: MIT')
    expect(text).toContain('ships no licence file')
  })
})
