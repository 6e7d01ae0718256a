import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../tests/support/temp-dataset'
import { aboutText, licenceCounts, readBundledPackages } from './about'

const facts = { version: '1.2.3', electron: '40.10.2', chrome: '144.0', node: '24.1.0' }

describe('the About dialog', () => {
  it('shows the version, the runtime and a summary of the bundled licences', () => {
    const packages = [
      { name: 'a', license: 'MIT' },
      { name: 'b', license: 'ISC' },
      { name: 'c', license: 'MIT' },
    ]
    const { message, detail } = aboutText({ ...facts, packages })
    expect(message).toBe('Heritage Curator 1.2.3')
    expect(detail).toContain('Electron 40.10.2 · Chromium 144.0 · Node 24.1.0')
    expect(detail).toContain('Built with 3 open-source packages:\nMIT (2), ISC (1)')
    expect(licenceCounts(packages)[0]).toEqual(['MIT', 2])
  })

  it('says how to get the list when it was not generated', () => {
    expect(aboutText({ ...facts, packages: null }).detail).toContain('generated when the app is built')
  })

  it('reads licenses.json, and answers null when it is missing or damaged', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'licenses.json')
    expect(await readBundledPackages(file)).toBeNull()
    await writeFile(file, '{"packages":[{"name":"a","license":"MIT","version":"1"}]}')
    expect(await readBundledPackages(file)).toEqual([{ name: 'a', license: 'MIT', version: '1' }])
    await writeFile(file, '{not json')
    expect(await readBundledPackages(file)).toBeNull()
  })
})
