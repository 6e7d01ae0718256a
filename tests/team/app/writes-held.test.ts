/**
 * The store refuses every edit while main holds writes (a pull writing the dataset's files, a
 * merge in progress): an edit that raced the pull would be dropped by the reload that follows it.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { DatasetStore } from '../../../src/main/dataset/dataset-store'
import { createSchemaValidators } from '../../../src/main/validation/ajv'
import { copySample } from '../../support/temp-dataset'

const validators = createSchemaValidators()

describe('held writes', () => {
  it('refuses a commit, an undo and a redo with the reason while held, and takes them again after', async () => {
    let held: string | undefined
    const folder = await copySample()
    const store = await DatasetStore.open(folder, validators, { writesHeld: () => held })
    const site = store.get('site', 'whc-440') as Site
    const edit = (en: string) => [
      {
        kind: 'site' as const,
        id: site.id,
        before: store.get('site', site.id) ?? null,
        after: { ...site, name: { ...site.name, en } },
      },
    ]
    await store.commit('First', edit('Mogao One'))
    held = 'The dataset is being updated from the team’s copy.'
    await expect(store.commit('Second', edit('Mogao Two'))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: held,
    })
    await expect(store.undoLast()).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(store.get('site', site.id)?.name.en).toBe('Mogao One')
    const journal = await readFile(path.join(folder, '.curator', 'journal.jsonl'), 'utf8')
    expect(journal).not.toContain('Mogao Two')
    held = undefined
    await store.commit('Second', edit('Mogao Two'))
    expect(store.get('site', site.id)?.name.en).toBe('Mogao Two')
    await store.close()
  })
})
