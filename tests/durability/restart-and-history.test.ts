import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Command, DatasetEvent, RecordVersion, Site, UndoState } from '@shared/domain'
import { createMainServices } from '../../src/main/services/main-services'
import { copySample, snapshotFolder } from '../support/temp-dataset'
import { shardOfId } from '../support/dataset-files'

async function open(datasetPath: string, events: DatasetEvent[] = [], author = 'Ada') {
  const services = await createMainServices({
    datasetPath,
    onEvent: (e) => events.push(e),
    store: { compactAfterMs: 1e9 },
  })
  const call = async <T>(method: string, ...args: unknown[]): Promise<T> => {
    const result = await services.dispatch(method, args)
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error)
    return result.value as T
  }
  // The name in preferences is the one history records.
  await call('savePreferences', { curatorName: author })
  return { services, call }
}

async function renameSite(call: <T>(m: string, ...a: unknown[]) => Promise<T>, id: string, en: string) {
  const site = await call<Site>('getRecord', 'site', id)
  return (await call<{ record: Site }>('saveRecord', 'site', { ...site, name: { ...site.name, en } })).record
}

describe('undo and redo across restarts', () => {
  it('undoes yesterday’s edit after a restart, and redoes it after another', async () => {
    const folder = await copySample()
    let app = await open(folder)
    await renameSite(app.call, 'whc-440', 'Mogao Grottoes')
    await app.services.close()

    app = await open(folder)
    expect(await app.call<UndoState>('getUndoState')).toMatchObject({ undo: { label: 'Edit site whc-440' } })
    await app.call<Command>('undo')
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Mogao Caves')
    await app.services.close()

    app = await open(folder)
    expect(await app.call<UndoState>('getUndoState')).toMatchObject({ redo: { label: 'Edit site whc-440' } })
    await app.call('redo')
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Mogao Grottoes')
    await app.services.close()
  })

  // The guard against undoing over a later change is tested under "changes from outside" below.
  it('a new edit after an undo clears the redo step', async () => {
    const folder = await copySample()
    const app = await open(folder)
    await renameSite(app.call, 'whc-440', 'A')
    await app.call('undo')
    await renameSite(app.call, 'whc-440', 'B') // a new edit clears the redo stack
    expect(await app.call<UndoState>('getUndoState')).not.toHaveProperty('redo.label')
    expect(await app.call('redo')).toBeNull()
    await app.services.close()
  })
})

describe('record history', () => {
  it('lists who changed what, field by field, and restores an earlier version as a new edit', async () => {
    const folder = await copySample()
    const app = await open(folder, [], 'Lin')
    await renameSite(app.call, 'whc-440', 'First')
    const site = await app.call<Site>('getRecord', 'site', 'whc-440')
    await app.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Second' }, inDanger: true })
    const history = await app.call<RecordVersion[]>('getHistory', 'site', 'whc-440')
    expect(history.map((v) => [v.author, v.effect, v.fields.map((f) => f.path)])).toEqual([
      ['Lin', 'edited', ['/inDanger', '/name/en']],
      ['Lin', 'edited', ['/name/en']],
    ])
    expect(history[1]?.fields[0]).toEqual({ path: '/name/en', before: 'Mogao Caves', after: 'First' })
    await app.call('restoreVersion', 'site', 'whc-440', history[1]?.seq)
    const restored = await app.call<Site>('getRecord', 'site', 'whc-440')
    expect([restored.name.en, restored.inDanger]).toEqual(['First', false])
    await app.call('undo')
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Second')
    await app.services.close()
  })
})

describe('backups', () => {
  it('keeps ten generations and restores one as a single undoable step', async () => {
    const folder = await copySample()
    const app = await open(folder)
    for (let i = 1; i <= 12; i += 1) {
      await renameSite(app.call, 'whc-440', `Name ${i}`)
      await app.services.flush()
    }
    const backups = await app.call<{ name: string }[]>('listBackups')
    expect(backups).toHaveLength(10)
    // The newest generation holds the files as they were before the last compaction.
    await app.call('restoreBackup', backups[0]?.name)
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Name 11')
    await app.call('undo')
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Name 12')
    await app.services.close()
  })
})

describe('one writer', () => {
  it('opens a dataset read-only, saying who holds it, while another instance writes it', async () => {
    const folder = await copySample()
    const first = await open(folder)
    const second = await open(folder)
    const info = await second.call<{ readOnly: boolean; readOnlyReason: string }>('getDatasetInfo')
    expect(info.readOnly).toBe(true)
    expect(info.readOnlyReason).toMatch(/Another Heritage Curator \(process \d+/)
    await expect(renameSite(second.call, 'whc-440', 'x')).rejects.toMatchObject({ code: 'READ_ONLY' })
    await second.services.close()
    await first.services.close()
  })

  it('takes over a lock left by a process that died', async () => {
    const folder = await copySample()
    const lock = {
      pid: 2 ** 22 + 12345,
      host: (await import('node:os')).hostname(),
      startedAt: '2026-01-01T00:00:00Z',
    }
    await (await import('node:fs/promises')).mkdir(path.join(folder, '.curator'), { recursive: true })
    await writeFile(path.join(folder, '.curator', 'lock'), JSON.stringify(lock))
    const app = await open(folder)
    expect((await app.call<{ readOnly: boolean }>('getDatasetInfo')).readOnly).toBe(false)
    await app.services.close()
  })
})

describe('changes from outside', () => {
  const MOGAO = shardOfId('site', 'whc-440')
  const TAI = shardOfId('site', 'whc-438')

  /** Renames a site in its shard, as a git pull or another editor would. */
  async function editOnDisk(folder: string, id: string, en: string) {
    const file = path.join(folder, shardOfId('site', id))
    const data = JSON.parse(await readFile(file, 'utf8')) as { records: Site[] }
    const site = data.records.find((s) => s.id === id) as Site
    site.name.en = en
    await writeFile(file, JSON.stringify(data, null, 2))
  }

  /** Mogao Caves renamed “Ours” in the app (pending), and a site renamed “Theirs” on disk. */
  async function oursAndTheirs(theirs: string) {
    const folder = await copySample()
    const events: DatasetEvent[] = []
    const app = await open(folder, events)
    await renameSite(app.call, 'whc-440', 'Ours')
    await editOnDisk(folder, theirs, 'Theirs')
    return { folder, events, app }
  }

  it('reloads when nothing is pending, and ignores its own writes', async () => {
    const folder = await copySample()
    const events: DatasetEvent[] = []
    const app = await open(folder, events)
    await renameSite(app.call, 'whc-440', 'Ours')
    await app.services.flush()
    await app.services.checkOutsideChanges()
    expect(events).toEqual([])
    await editOnDisk(folder, 'whc-438', 'Theirs')
    await app.services.checkOutsideChanges()
    expect(events).toEqual([{ type: 'reloaded', reason: `${TAI} changed on disk.` }])
    expect((await app.call<Site>('getRecord', 'site', 'whc-438')).name.en).toBe('Theirs')
    await app.services.close()
  })

  it('holds a compaction that would overwrite an outside change to its shard, and says so', async () => {
    const { folder, events, app } = await oursAndTheirs('whc-440')
    const outside = (await snapshotFolder(folder)).get(MOGAO)
    await app.services.flush()
    expect((await snapshotFolder(folder)).get(MOGAO)).toBe(outside)
    expect(events).toEqual([{ type: 'conflict', files: [MOGAO] }])
    await app.call('resolveConflict', 'keep-mine')
    const kept = await readFile(path.join(folder, MOGAO), 'utf8')
    expect(kept).toContain('Ours')
    expect(kept).not.toContain('Theirs')
    await app.services.close()
  })

  it('keeps its own edits over every file changed outside, when the curator says so', async () => {
    const { folder, events, app } = await oursAndTheirs('whc-438')
    await app.services.checkOutsideChanges()
    expect(events).toEqual([{ type: 'conflict', files: [TAI] }])
    await app.call('resolveConflict', 'keep-mine')
    expect(await readFile(path.join(folder, MOGAO), 'utf8')).toContain('Ours')
    expect(await readFile(path.join(folder, TAI), 'utf8')).not.toContain('Theirs')
    await app.services.checkOutsideChanges()
    expect(events).toHaveLength(1)
    await app.services.close()
  })

  it('writes its own shards past an outside change to another shard, and leaves that change to the reload', async () => {
    const { folder, events, app } = await oursAndTheirs('whc-438')
    await app.services.flush()
    expect(events).toEqual([])
    expect(await readFile(path.join(folder, MOGAO), 'utf8')).toContain('Ours')
    expect(await readFile(path.join(folder, TAI), 'utf8')).toContain('Theirs')
    await app.services.checkOutsideChanges()
    expect(events).toEqual([{ type: 'reloaded', reason: `${TAI} changed on disk.` }])
    expect((await app.call<Site>('getRecord', 'site', 'whc-438')).name.en).toBe('Theirs')
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Ours')
    await app.services.close()
  })
  /** whc-438 edited in the app (and undone, to redo it), then changed on disk and reloaded. */
  async function editThenChangeOutside(undoFirst: boolean) {
    const folder = await copySample()
    const events: DatasetEvent[] = []
    const app = await open(folder, events)
    await renameSite(app.call, 'whc-438', 'Ours')
    if (undoFirst) await app.call('undo')
    await app.services.flush()
    await editOnDisk(folder, 'whc-438', 'Theirs')
    await app.services.checkOutsideChanges()
    expect(events).toEqual([{ type: 'reloaded', reason: `${TAI} changed on disk.` }])
    return { folder, app }
  }

  for (const step of ['undo', 'redo'] as const) {
    it(`refuses to ${step} an edit over an outside change to the same record, and changes nothing`, async () => {
      const { folder, app } = await editThenChangeOutside(step === 'redo')
      const undoState = await app.call<UndoState>('getUndoState')
      expect(undoState).toMatchObject({ [step]: { label: 'Edit site whc-438' } })
      const before = await snapshotFolder(folder)
      await expect(app.call(step)).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/“whc-438” has changed since/),
      })
      expect((await app.call<Site>('getRecord', 'site', 'whc-438')).name.en).toBe('Theirs')
      expect(await app.call<UndoState>('getUndoState')).toEqual(undoState)
      expect(await snapshotFolder(folder)).toEqual(before)
      await app.services.close()
    })
  }

  it('asks before overwriting an outside change while edits are pending', async () => {
    const { folder, events, app } = await oursAndTheirs('whc-438')
    const outside = await snapshotFolder(folder)
    await app.services.checkOutsideChanges()
    expect(events).toEqual([{ type: 'conflict', files: [TAI] }])
    expect((await snapshotFolder(folder)).get(TAI)).toBe(outside.get(TAI))
    await app.call('resolveConflict', 'take-theirs')
    expect((await app.call<Site>('getRecord', 'site', 'whc-438')).name.en).toBe('Theirs')
    expect((await app.call<Site>('getRecord', 'site', 'whc-440')).name.en).toBe('Mogao Caves')
    await app.services.close()
  })

  it('notices a shard added or removed outside', async () => {
    // The Imperial Tombs (whc-1004): a site no statement is about, so its removal leaves no dangling reference.
    const TOMBS = shardOfId('site', 'whc-1004')
    const folder = await copySample()
    const events: DatasetEvent[] = []
    const app = await open(folder, events)
    const { rm } = await import('node:fs/promises')
    await rm(path.join(folder, TOMBS))
    await app.services.checkOutsideChanges()
    expect(events).toEqual([{ type: 'reloaded', reason: `${TOMBS} changed on disk.` }])
    await expect(app.call('getRecord', 'site', 'whc-1004')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await app.services.close()
  })

  it('keeps working on its own version when a shard removed outside leaves statements about nothing', async () => {
    // The sample's Great Wall (whc-438) has statements: without its shard they name no site.
    const folder = await copySample()
    const events: DatasetEvent[] = []
    const app = await open(folder, events)
    const { rm } = await import('node:fs/promises')
    await rm(path.join(folder, TAI))
    await app.services.checkOutsideChanges()
    expect(events).toEqual([
      {
        type: 'reload-failed',
        files: [TAI],
        message: expect.stringContaining('There is no site with the id “whc-438”'),
      },
    ])
    expect((await app.call<Site>('getRecord', 'site', 'whc-438')).name.en).toBe('The Great Wall')
    await app.services.close()
  })
})
