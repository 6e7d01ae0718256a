import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '@shared/domain'
import { copySample, sampleServices, tempDir } from '../../../tests/support/temp-dataset'
import { createDatasetCommands } from './dataset-commands'

async function setUp(pick: string | null = null) {
  const events: DatasetEvent[] = []
  const reports: string[] = []
  const { services } = await sampleServices({ pickFolder: async () => pick })
  const commands = createDatasetCommands({
    dispatch: services.dispatch,
    folderToken: services.folderToken,
    notify: (e) => events.push(e),
    report: (command, message) => reports.push(`${command}: ${message}`),
  })
  return { commands, events, reports, services }
}

/** Commands whose folder dialog answers the open dataset's own folder (not empty). */
async function setUpWith() {
  const events: DatasetEvent[] = []
  const reports: string[] = []
  const holder: { folder: string | null } = { folder: null }
  const { services, datasetPath } = await sampleServices({ pickFolder: async () => holder.folder })
  holder.folder = datasetPath
  const commands = createDatasetCommands({
    dispatch: services.dispatch,
    folderToken: services.folderToken,
    notify: (e) => events.push(e),
    report: (command, message) => reports.push(`${command}: ${message}`),
  })
  return { commands, events, reports, datasetPath }
}

describe('dataset commands from main (menu, second launch, the OS)', () => {
  it('open the folder handed over and tell the renderer to reload', async () => {
    const other = await copySample()
    const { commands, events, reports } = await setUp()
    const info = await commands.open(other)
    expect(info?.path).toBe(other)
    expect(events).toEqual([{ type: 'reloaded', reason: expect.stringContaining(other) as string }])
    expect(reports).toEqual([])
  })

  it('ask for a folder when none is given, and do nothing when the curator cancels', async () => {
    const { commands, events } = await setUp(null)
    expect(await commands.open()).toBeNull()
    expect(events).toEqual([])
  })

  it('report a folder that cannot be opened, and keep the dataset that is open', async () => {
    const empty = await tempDir()
    const { commands, events, reports, services } = await setUp()
    expect(await commands.open(empty)).toBeNull()
    expect(events).toEqual([])
    expect(reports[0]).toMatch(/^open: /)
    expect((await services.dispatch('getDatasetInfo', [])).ok).toBe(true)
  })

  it('save a copy into the folder picked, and switch to it', async () => {
    const target = await tempDir()
    const { commands, events } = await setUp(target)
    expect((await commands.saveAs())?.path).toBe(target)
    expect(events[0]).toMatchObject({ type: 'reloaded' })
  })

  it('create an empty dataset in the folder picked, and switch to it', async () => {
    const target = await tempDir()
    const { commands, events, services } = await setUp(target)
    expect((await commands.create())?.counts.site).toBe(0)
    expect(events[0]).toMatchObject({ type: 'reloaded', reason: expect.stringContaining(target) as string })
    expect(await services.dispatch('getDatasetInfo', [])).toMatchObject({ ok: true, value: { path: target } })
  })

  it('report a new dataset refused in a folder with files, naming the folder', async () => {
    const { commands, events, reports, datasetPath } = await setUpWith()
    expect(await commands.create()).toBeNull()
    expect(events).toEqual([])
    expect(reports).toEqual([expect.stringMatching(new RegExp(`^new: .*${datasetPath}.* not empty`))])
  })
})
