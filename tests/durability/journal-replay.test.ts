import { describe, expect, it } from 'vitest'
import type { Statement } from '@shared/domain'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import type { CuratorError } from '../../src/main/dataset/errors'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { readKind } from '../support/dataset-files'
import { eventJson, journalLine, renameEvent, sampleSite, writeJournal } from '../support/journal-lines'
import { copySample, snapshotFolder } from '../support/temp-dataset'

const validators = createSchemaValidators()

/** A copy of the sample whose journal holds a good first line and then `second` (JSON text). */
async function withSecondLine(second: (folder: string) => Promise<string> | string) {
  const folder = await copySample()
  await writeJournal(
    folder,
    journalLine(await renameEvent(folder, 1, 'whc-438', 'First')) + journalLine(await second(folder)),
  )
  return folder
}

async function refusal(folder: string): Promise<CuratorError> {
  return DatasetStore.open(folder, validators).then(
    () => {
      throw new Error('expected the open to be refused')
    },
    (error: CuratorError) => error,
  )
}

const site = (folder: string) => sampleSite(folder, 'whc-440')

/** Lines with a correct checksum that must not be believed: [what, the line, the rule named]. */
const hostile: [string, (folder: string) => Promise<string> | string, string][] = [
  [
    'a record that breaks its schema',
    async (f) =>
      eventJson(2, [
        { kind: 'site', id: 'whc-440', before: null, after: { ...(await site(f)), category: 'volcanic' } },
      ]),
    'schema.enum',
  ],
  [
    'a record whose id is not the change’s',
    async (f) => eventJson(2, [{ kind: 'site', id: 'whc-999', before: null, after: await site(f) }]),
    'journal.shape',
  ],
  [
    'a path-like id',
    async (f) =>
      eventJson(2, [
        { kind: 'site', id: '../../etc/x', before: null, after: { ...(await site(f)), id: '../../etc/x' } },
      ]),
    'journal.shape',
  ],
  [
    'a kind “__proto__”',
    () => eventJson(2, [{ kind: '__proto__', id: 'x', before: null, after: null }]),
    'journal.shape',
  ],
  [
    'an unknown kind',
    () => eventJson(2, [{ kind: 'planet', id: 'x', before: null, after: null }]),
    'journal.shape',
  ],
  ['changes that are null', () => eventJson(2, null), 'journal.shape'],
  ['changes that are a string', () => eventJson(2, 'everything'), 'journal.shape'],
  ['an operation that is not do, undo or redo', () => eventJson(2, [], { op: 'explode' }), 'journal.shape'],
  [
    'a “__proto__” key inside a record',
    async (f) =>
      eventJson(2, [{ kind: 'site', id: 'whc-440', before: null, after: await site(f) }]).replace(
        '"category"',
        '"__proto__": {"polluted": true}, "category"',
      ),
    'journal.shape',
  ],
  [
    'a sequence number already used',
    (f) => renameEvent(f, 1, 'whc-440', 'Second writer'),
    'journal.sequence',
  ],
  ['a sequence number that goes back', (f) => renameEvent(f, 0, 'whc-440', 'Back'), 'journal.shape'],
  [
    'a statement that cites a source that is not there',
    async (f) => {
      const [statement] = await readKind(f, 'statement')
      const after = { ...(statement as Statement), references: [{ source: 'no-such-source' }] }
      return eventJson(2, [{ kind: 'statement', id: after.id, before: statement, after }])
    },
    'integrity.source-exists',
  ],
]

describe('a journal line is checked like a commit before it is replayed', () => {
  for (const [what, line, rule] of hostile) {
    it(`refuses ${what}, naming the file, line 2 and the rule, and changes nothing`, async () => {
      const folder = await withSecondLine(line)
      const before = await snapshotFolder(folder)
      const error = await refusal(folder)
      expect(error).toMatchObject({ code: 'VALIDATION', path: folder })
      expect(error.issues[0]).toMatchObject({ file: '.curator/journal.jsonl', rule })
      expect(error.issues[0]?.message).toMatch(/^\.curator\/journal\.jsonl(, line 2:| is damaged at line 2)/)
      expect(await snapshotFolder(folder)).toEqual(before)
    })
  }

  it('opens such a dataset read-only on request, with the lines before the bad one', async () => {
    const folder = await withSecondLine(() => eventJson(2, null))
    const store = await DatasetStore.open(folder, validators, { readOnly: true })
    expect(store.get('site', 'whc-438')?.name.en).toBe('First')
    expect(store.readOnlyReason).toMatch(
      /^Opened read-only, with 1 problem in the files: \.curator\/journal\.jsonl, line 2: /,
    )
    expect(store.peekUndo()?.label).toBe('edit 1')
    await store.close()
  })

  it('shows a read-only dataset as it was before a line that leaves a dangling reference', async () => {
    const folder = await withSecondLine(() =>
      eventJson(2, [{ kind: 'source', id: 'xinhua-2024-06-12', before: null, after: null }]),
    )
    expect((await refusal(folder)).issues[0]).toMatchObject({ rule: 'integrity.source-exists' })
    const store = await DatasetStore.open(folder, validators, { readOnly: true })
    expect(store.get('source', 'xinhua-2024-06-12')).toBeDefined()
    await store.close()
  })
})
