import { describe, expect, it } from 'vitest'
import type { DatasetEvent } from '../../shared/domain'
import { copySample, sampleServices, tempDir } from '../../../tests/support/temp-dataset'
import { createDatasetCommands } from './dataset-commands'

async function setUp(pick: string | null = null) {
  const events: DatasetEvent[] = []
  const reports: string[] = []
  const { services } = await sampleServices({ pickFolder: async () => pick })
  const commands = createDatasetCommands({
    dispatch: services.dispatch,
    notify: (e) => events.push(e),
    report: (title, message) => reports.push(`${title}: ${message}`),
  })
  return { commands, events, reports, services }
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
    expect(reports[0]).toMatch(/^The dataset could not be opened: /)
    expect((await services.dispatch('getDatasetInfo', [])).ok).toBe(true)
  })

  it('save a copy into the folder picked, and switch to it', async () => {
    const target = await tempDir()
    const { commands, events } = await setUp(target)
    expect((await commands.saveAs())?.path).toBe(target)
    expect(events[0]).toMatchObject({ type: 'reloaded' })
  })
})
