import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { copySample, snapshotFolder, tempDir } from '../support/temp-dataset'
import { BIN, cliWithoutAuthor, envWithoutAuthor, run } from './cli-support'
import { validators } from './support'

/** Two sites' French names: an import that changes whc-440 (Mogao Caves). */
const LANGUAGES_CSV = path.join(import.meta.dirname, 'fixtures/unesco/whc-sites-languages.csv')

/** Who the dataset's history says made the last change to a record. */
async function lastAuthor(dataset: string, id: string): Promise<string | undefined> {
  const store = await DatasetStore.open(dataset, validators, { readOnly: true })
  try {
    return store.history('site', id)[0]?.author
  } finally {
    await store.close()
  }
}

describe('heritage-curator: who made the change (never the machine account)', () => {
  it('import without an author refuses (exit 2), says how to give one, and writes nothing', async () => {
    const dataset = await copySample()
    const before = await snapshotFolder(dataset)
    const refused = await cliWithoutAuthor('import', dataset, LANGUAGES_CSV)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      /--author "Name <e-mail>" or set HERITAGE_CURATOR_AUTHOR; nothing was written/,
    )
    expect(await snapshotFolder(dataset)).toEqual(before)
    // A new dataset is not even created.
    const fresh = path.join(await tempDir(), 'new')
    expect((await cliWithoutAuthor('import', fresh, LANGUAGES_CSV)).code).toBe(2)
    expect((await snapshotFolder(path.dirname(fresh))).size).toBe(0)
  }, 60_000)

  it('--author names the curator in history; HERITAGE_CURATOR_AUTHOR does for a script', async () => {
    const flagged = await copySample()
    const byFlag = await cliWithoutAuthor(
      'import',
      flagged,
      LANGUAGES_CSV,
      '--author',
      'Wang Fang <wang@example.org>',
    )
    expect(byFlag.stderr).toBe('')
    expect(await lastAuthor(flagged, 'whc-440')).toBe('Wang Fang')

    const scripted = await copySample()
    const env = { ...envWithoutAuthor(), HERITAGE_CURATOR_AUTHOR: 'Li Ming' }
    const byEnv = await run(process.execPath, [BIN, 'import', scripted, LANGUAGES_CSV], undefined, env)
    expect(byEnv.stderr).toBe('')
    expect(await lastAuthor(scripted, 'whc-440')).toBe('Li Ming')
  }, 60_000)

  it('a malformed author is refused, and commands that record nothing need none', async () => {
    const dataset = await copySample()
    const bad = await cliWithoutAuthor('import', dataset, LANGUAGES_CSV, '--author', '<wang@example.org>')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--author takes "Name <e-mail>" or "Name"/)
    expect((await cliWithoutAuthor('import', dataset, LANGUAGES_CSV, '--dry-run')).code).toBe(0)
    expect((await cliWithoutAuthor('validate', dataset)).code).toBe(0)
  }, 60_000)

  it('--help documents --author and HERITAGE_CURATOR_AUTHOR', async () => {
    const help = await cliWithoutAuthor('--help')
    expect(help.stdout).toMatch(/HERITAGE_CURATOR_AUTHOR/)
    expect(help.stdout).toMatch(/import <dataset> <file>[\s\S]*--author "Name <e-mail>"/)
  }, 60_000)
})
