import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { nodeDisk } from '../../src/main/dataset/fs/disk'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { renameEvent, journalLine } from '../support/journal-lines'
import { copyOldSample, shardOfId } from '../support/dataset-files'
import { copySample, snapshotFolder, tempDir } from '../support/temp-dataset'

const validators = createSchemaValidators()
const SECRET = 'root:x:0:0:secret-first-characters'

/** A folder outside the dataset, with a file in it, to prove nothing there is read, written or removed. */
async function outside() {
  const dir = await tempDir('hc-outside-')
  await writeFile(path.join(dir, 'secret.txt'), SECRET)
  return dir
}

async function refused(folder: string) {
  return DatasetStore.open(folder, validators).then(
    () => {
      throw new Error('expected the open to be refused')
    },
    (error: Error & { issues: { file: string; rule: string }[] }) => error,
  )
}

describe('a dataset file that is not a regular file is refused, never followed', () => {
  const plants: [string, (file: string, elsewhere: string) => Promise<unknown>, string, RegExp][] = [
    [
      'a symbolic link to a file outside',
      (f, o) => symlink(path.join(o, 'secret.txt'), f),
      'file.symlink',
      /is a symbolic link/,
    ],
    ['a folder', (f) => mkdir(f), 'file.not-regular', /is a folder, where the dataset needs a regular file/],
    ['a FIFO', async (f) => execFileSync('mkfifo', [f]), 'file.not-regular', /is a special file/],
  ]
  /** A shard of the sharded layout, and the one file of a kind in the old layout (read as it is). */
  const datasets: [string, () => Promise<string>][] = [
    [shardOfId('site', 'whc-440'), copySample],
    ['sites.json', copyOldSample],
  ]
  for (const [name, copy] of datasets)
    for (const [what, plant, rule, message] of plants) {
      it(`${name} that is ${what}: refused naming it, leaking nothing, changing nothing`, async () => {
        const folder = await copy()
        const elsewhere = await outside()
        const file = path.join(folder, name)
        await rm(file)
        await plant(file, elsewhere)
        const before = await snapshotFolder(elsewhere)
        const error = await refused(folder)
        expect(error.message).toMatch(message)
        expect(error.message).not.toContain('root:x')
        expect(error.issues[0]).toMatchObject({ file: name, rule })
        expect(await snapshotFolder(elsewhere)).toEqual(before)
      }, 20_000)
    }

  it('the disk itself will not open a link or a FIFO, so no check-then-open race', async () => {
    const dir = await outside()
    const link = path.join(dir, 'link')
    await symlink(path.join(dir, 'secret.txt'), link)
    await expect(nodeDisk.readFile(link)).rejects.toMatchObject({ code: 'ELOOP' })
    await expect(nodeDisk.open(link, 'w')).rejects.toMatchObject({ code: 'ELOOP' })
    await expect(nodeDisk.open(link, 'a')).rejects.toMatchObject({ code: 'ELOOP' })
    const fifo = path.join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    await expect(nodeDisk.readFile(fifo)).rejects.toMatchObject({ code: 'ENOTREGULAR' })
    expect(await readFile(path.join(dir, 'secret.txt'), 'utf8')).toBe(SECRET)
  })
})

describe('.curator and what is in it', () => {
  it('a .curator that is a symbolic link: the open is refused and nothing is written outside', async () => {
    const folder = await copySample()
    const elsewhere = await outside()
    await symlink(elsewhere, path.join(folder, '.curator'))
    const before = await snapshotFolder(elsewhere)
    const error = await refused(folder)
    expect(error.issues[0]).toMatchObject({ file: '.curator', rule: 'file.symlink' })
    const readOnly = await DatasetStore.open(folder, validators, { readOnly: true })
    expect(readOnly.readOnlyReason).toMatch(/\.curator is a symbolic link/)
    await readOnly.close()
    expect(await snapshotFolder(elsewhere)).toEqual(before)
  })

  for (const name of ['journal.jsonl', 'state.json', 'backups']) {
    it(`a .curator/${name} that is a symbolic link is refused`, async () => {
      const folder = await copySample()
      const elsewhere = await outside()
      await mkdir(path.join(folder, '.curator'))
      const target = name === 'backups' ? elsewhere : path.join(elsewhere, 'secret.txt')
      await symlink(target, path.join(folder, '.curator', name))
      const error = await refused(folder)
      expect(error.issues[0]).toMatchObject({ file: `.curator/${name}`, rule: 'file.symlink' })
      expect(error.message).not.toContain('root:x')
    })
  }

  it('a journal that is a folder is refused, not read as empty', async () => {
    const folder = await copySample()
    await mkdir(path.join(folder, '.curator', 'journal.jsonl'), { recursive: true })
    expect((await refused(folder)).issues[0]).toMatchObject({
      file: '.curator/journal.jsonl',
      rule: 'file.not-regular',
    })
  })
})

describe('backups: only folders the app made are ever removed', () => {
  it('leaves a date-named folder without the app’s marker alone, complete or not', async () => {
    const folder = await copySample()
    const backups = path.join(folder, '.curator', 'backups')
    const foreign = ['2000-01-01T00-00-00.000Z', '2000-01-02T00-00-00.000Z']
    for (const name of foreign) {
      await mkdir(path.join(backups, name), { recursive: true })
      await writeFile(path.join(backups, name, 'notes.txt'), 'mine')
    }
    await writeFile(path.join(backups, foreign[1] as string, 'complete'), 'not a backup of ours\n')
    await writeFile(
      path.join(folder, '.curator', 'journal.jsonl'),
      journalLine(await renameEvent(folder, 1, 'whc-440', 'x')),
    )
    const store = await DatasetStore.open(folder, validators, { backupsKept: 2, compactAfterMs: 1e9 })
    for (let i = 0; i < 4; i += 1) {
      const site = store.get('site', 'whc-440')
      if (!site) throw new Error('no site')
      await store.commit('rename', [
        { kind: 'site', id: site.id, before: site, after: { ...site, name: { ...site.name, en: `N${i}` } } },
      ])
      await store.compact()
    }
    expect(await store.backups()).toHaveLength(2)
    await store.close()
    const left = await readdir(backups)
    expect(left.filter((n) => n.startsWith('2000-'))).toEqual(foreign)
    for (const name of foreign)
      expect(await readFile(path.join(backups, name, 'notes.txt'), 'utf8')).toBe('mine')
  })
})
