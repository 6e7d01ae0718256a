import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { DatasetStore } from '../../src/main/dataset/dataset-store'
import { createSchemaValidators } from '../../src/main/validation/ajv'
import { copySample, snapshotFolder } from '../support/temp-dataset'
import { shardOfId } from '../support/dataset-files'

const validators = createSchemaValidators()
// Every dataset counts as large here, so the deep check runs in the worker thread.
const large = { deepCheckInWorkerAbove: 0, compactAfterMs: 1e9 }

function rename(store: DatasetStore, en: string) {
  const site = store.get('site', 'whc-440') as Site
  return store.commit('rename', [
    { kind: 'site', id: site.id, before: site, after: { ...site, name: { en } } },
  ])
}

describe('the deep check of a large dataset, in a worker thread', () => {
  it('lets a sound dataset be edited and compacted as usual', async () => {
    const store = await DatasetStore.open(await copySample(), validators, large)
    await store.checked()
    expect(store.readOnly).toBe(false)
    await rename(store, 'Checked')
    await store.compact()
    expect(await readFile(path.join(store.folder, shardOfId('site', 'whc-440')), 'utf8')).toContain('Checked')
    await store.close()
  })

  it('turns a dataset with a bad record read-only, names it, and never rewrites its files', async () => {
    const folder = await copySample()
    const shard = shardOfId('site', 'whc-438')
    const file = path.join(folder, shard)
    const data = JSON.parse(await readFile(file, 'utf8')) as { records: Site[] }
    ;(data.records.find((s) => s.id === 'whc-438') as Site).criteria = ['i', 'x']
    await writeFile(file, JSON.stringify(data))
    const failures: string[] = []
    const store = await DatasetStore.open(folder, validators, {
      ...large,
      onCheckFailed: (e) => failures.push(e.message),
    })
    const edited = await rename(store, 'Before the check ended').then(
      () => true,
      () => false,
    )
    await store.checked()
    expect(store.readOnly).toBe(true)
    expect(store.readOnlyReason).toContain(`${shard}, record “whc-438”: Criterion (x) is a natural criterion`)
    expect(failures).toHaveLength(1)
    const before = await snapshotFolder(folder)
    await expect(rename(store, 'After')).rejects.toMatchObject({ code: 'READ_ONLY' })
    await store.compact()
    const after = await snapshotFolder(folder)
    for (const file of [shard, shardOfId('site', 'whc-440')])
      expect(after.get(file), file).toBe(before.get(file))
    // An edit made before the check ended stays in the journal, not in the files.
    expect(typeof edited).toBe('boolean')
    await store.close()
  })
})
