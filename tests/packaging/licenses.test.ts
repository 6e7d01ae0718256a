import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  collectLicences,
  type LicenceReport,
  renderLicenceText,
  summariseLicences,
  writeLicenceFiles,
} from '../../scripts/packaging/licenses'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** A project with one dependency (which has its own), a dev tool, a missing optional package and Electron. */
async function fixtureProject(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hc-licence-project-'))
  const write = async (dir: string, manifest: object, licence?: string) => {
    await mkdir(path.join(root, dir), { recursive: true })
    await writeFile(path.join(root, dir, 'package.json'), JSON.stringify(manifest))
    if (licence) await writeFile(path.join(root, dir, 'LICENSE'), licence)
  }
  await write('.', {
    name: 'fixture-app',
    version: '2.0.0',
    dependencies: { 'left-pad': '^1.3.0' },
    optionalDependencies: { 'not-installed': '^1.0.0' },
    devDependencies: { 'dev-tool': '^1.0.0', electron: '^40.0.0' },
  })
  await write(
    'node_modules/left-pad',
    {
      name: 'left-pad',
      version: '1.3.0',
      license: 'WTFPL',
      repository: 'git+https://example.org/left-pad.git',
      dependencies: { tiny: '^0.1.0' },
    },
    'Do what you want.',
  )
  await write('node_modules/left-pad/node_modules/tiny', { name: 'tiny', version: '0.1.0', license: 'ISC' })
  await write('node_modules/dev-tool', { name: 'dev-tool', version: '1.0.0', license: 'GPL-3.0' })
  await write('node_modules/electron', { name: 'electron', version: '40.0.0', license: 'MIT' })
  return root
}

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
    const project = await fixtureProject()
    const out = await mkdtemp(path.join(os.tmpdir(), 'hc-licences-'))
    try {
      await writeLicenceFiles(project, out)
      const json = JSON.parse(await readFile(path.join(out, 'licenses.json'), 'utf8')) as LicenceReport
      expect(json.app).toEqual({ name: 'fixture-app', version: '2.0.0' })
      // The dependency, its own (nested) dependency and Electron; not the dev tool, not the
      // optional package that is not installed. No licence text in the summary.
      expect(json.packages).toEqual([
        { name: 'electron', version: '40.0.0', license: 'MIT' },
        { name: 'left-pad', version: '1.3.0', license: 'WTFPL', repository: 'https://example.org/left-pad' },
        { name: 'tiny', version: '0.1.0', license: 'ISC' },
      ])
      const text = await readFile(path.join(out, 'THIRD_PARTY_LICENSES.txt'), 'utf8')
      expect(text).toContain('includes the following 3 packages')
      expect(text).toContain('left-pad 1.3.0: WTFPL\nhttps://example.org/left-pad\n\nDo what you want.')
      expect(text).not.toContain('dev-tool')
    } finally {
      await rm(out, { recursive: true, force: true })
      await rm(project, { recursive: true, force: true })
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
