import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Source, Statement } from '@shared/domain'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { nodeDisk } from '../../src/main/dataset/fs/disk'
import { type JournalEvent, JournalWriter } from '../../src/main/dataset/journal'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { editKind } from '../support/dataset-files'
import { journalEvent } from '../support/journal-lines'
import { copySample, tempDir } from '../support/temp-dataset'

const event = (seq: number): JournalEvent => journalEvent(seq, [])

const empty = { size: 0, lastSeq: 0, events: 0, firstSeq: undefined }

async function emptyJournal(): Promise<string> {
  const dir = await tempDir()
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, 'journal.jsonl')
  await writeFile(file, '')
  return file
}

const lineCount = async (file: string) => (await readFile(file, 'utf8')).split('\n').length - 1

describe('the journal holds one event per sequence number', () => {
  it('refuses to append an event with a number it already holds', async () => {
    const file = await emptyJournal()
    const writer = new JournalWriter(nodeDisk, file, empty)
    await writer.append(event(1))
    await expect(writer.append(event(1))).rejects.toMatchObject({ code: 'CONFLICT' })
    await writer.close()
    expect(await lineCount(file)).toBe(1)
  })

  it('refuses to append after another writer has appended to the same file', async () => {
    const file = await emptyJournal()
    const first = new JournalWriter(nodeDisk, file, empty)
    const second = new JournalWriter(nodeDisk, file, empty)
    await first.append(event(1))
    await expect(second.append(event(1))).rejects.toMatchObject({ code: 'CONFLICT' })
    await Promise.all([first.close(), second.close()])
    expect(await lineCount(file)).toBe(1)
  })
})

describe('undo and redo are checked like a commit', () => {
  it('refuses an undo that would leave a statement citing a source that is gone', async () => {
    const folder = await copySample()
    const validators = createSchemaValidators()
    const store = await DatasetStore.open(folder, validators, { compactAfterMs: 1e9 })
    const source = { ...(store.get('source', 'xinhua-2024-06-12') as Source), id: 'src-new', title: 'New' }
    await store.commit('Add a source', [{ kind: 'source', id: 'src-new', before: null, after: source }])
    await store.compact()
    // A git pull brings a statement that cites the new source: no step of ours, so nothing to undo.
    await editKind(folder, 'statement', (records) => {
      records.push({ ...(records[0] as Statement), id: 'stmt-pulled', references: [{ source: 'src-new' }] })
    })
    await store.reloadFromDisk()
    await expect(store.undoLast()).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ rule: 'integrity.source-exists' }],
    })
    expect(store.get('source', 'src-new')).toBeDefined()
    await store.close()
  })
})
