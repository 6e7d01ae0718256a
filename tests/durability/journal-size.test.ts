import { appendFile, readdir, readFile, stat, truncate } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { DatasetStore, type StoreOptions } from '../../src/main/dataset/dataset-store'
import { encodeEvent } from '../../src/main/dataset/journal'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { journalLine, renameEvent, sampleSite, writeJournal } from '../support/journal-lines'
import { copySample } from '../support/temp-dataset'

const validators = createSchemaValidators()
/** Past V8's longest string (about 512 MB): a sparse file, so it costs no disk. */
const PAST_STRING_LIMIT = 600 * 1024 * 1024

const open = (folder: string, options: StoreOptions = {}) =>
  DatasetStore.open(folder, validators, { compactAfterMs: 1e9, compactEvery: 1e9, ...options })

describe('a journal larger than any string', () => {
  it('keeps the edits before a torn tail that runs past the string limit', async () => {
    const folder = await copySample()
    const line = journalLine(await renameEvent(folder, 1, 'whc-440', 'Journaled'))
    const file = await writeJournal(folder, line)
    await truncate(file, PAST_STRING_LIMIT)
    const store = await open(folder)
    expect(store.get('site', 'whc-440')?.name.en).toBe('Journaled')
    expect((await stat(file)).size).toBe(Buffer.byteLength(line)) // the torn tail is cut off
    await store.close()
  }, 60_000)

  it('refuses, naming the line, a journal whose damage sits before a last good line, past the string limit', async () => {
    const folder = await copySample()
    const file = await writeJournal(folder, journalLine(await renameEvent(folder, 1, 'whc-440', 'Journaled')))
    await truncate(file, PAST_STRING_LIMIT)
    await appendFile(file, `\n${journalLine(await renameEvent(folder, 2, 'whc-438', 'After'))}`)
    await expect(open(folder)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ file: '.curator/journal.jsonl', rule: 'journal.damaged' }],
      message: expect.stringMatching(/journal\.jsonl is damaged at line 2/),
    })
  }, 60_000)
})

/** An import of `count` new sites as one journal event: one line of tens of megabytes. */
async function importEvent(folder: string, count: number): Promise<string> {
  const template = await sampleSite(folder, 'whc-1001')
  const changes = Array.from({ length: count }, (_, i) => {
    const id = `imp-${String(i).padStart(6, '0')}`
    const after: Site = { ...template, id, unescoId: 1 + (i % 99_999), name: { en: `Imported site ${i}` } }
    return { kind: 'site' as const, id, before: null, after }
  })
  return encodeEvent({
    seq: 1,
    op: 'do',
    commandId: 'cmd-import',
    label: 'Import 100k',
    at: template.createdAt,
    author: 'test',
    changes,
  })
}

describe('history in segments', () => {
  it('replays a 100,000-record import (one line) after a crash, and still offers to undo it after a restart', async () => {
    const folder = await copySample()
    await writeJournal(folder, await importEvent(folder, 100_000))
    let store = await open(folder)
    expect(store.count('site')).toBe(100_059)
    await store.close() // compacts, and moves the large live journal into a segment
    const meta = await readdir(path.join(folder, '.curator'))
    expect(meta).toContain('journal-000000000001-000000000001.jsonl')
    expect(await readFile(path.join(folder, '.curator', 'journal.jsonl'), 'utf8')).toBe('')
    store = await open(folder)
    expect(store.count('site')).toBe(100_059)
    expect(store.peekUndo()?.label).toBe('Import 100k')
    await store.close()
  }, 300_000)

  it('keeps the live journal small and undo and history across restarts, within the limits', async () => {
    const folder = await copySample()
    const options = { rotateBytes: 1, historyLimit: 2 }
    for (let i = 1; i <= 4; i += 1) {
      const store = await open(folder, options)
      const site = store.get('site', 'whc-440') as Site
      await store.commit(`rename ${i}`, [
        {
          kind: 'site',
          id: site.id,
          before: site,
          after: { ...site, name: { ...site.name, en: `Name ${i}` } },
        },
      ])
      await store.close()
    }
    const meta = await readdir(path.join(folder, '.curator'))
    expect(meta.filter((n) => n.startsWith('journal-'))).toEqual([
      'journal-000000000003-000000000003.jsonl',
      'journal-000000000004-000000000004.jsonl',
    ])
    expect(await readFile(path.join(folder, '.curator', 'journal.jsonl'), 'utf8')).toBe('')
    const store = await open(folder, options)
    expect(store.history('site', 'whc-440').map((v) => v.label)).toEqual(['rename 4', 'rename 3'])
    await store.undoLast()
    expect(store.get('site', 'whc-440')?.name.en).toBe('Name 3')
    await store.close()
  })
})
