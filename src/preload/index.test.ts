import { beforeAll, describe, expect, it, vi } from 'vitest'
import { API_METHODS, CHANNELS, EVENT_CHANNEL } from '@shared/channels'
import type { DatasetEvent } from '@shared/domain'

// Electron's preload modules, stood in for: what the preload hands to contextBridge, and what it
// asks of ipcRenderer, is what this test reads.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
  on: vi.fn(),
  off: vi.fn(),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, off: electron.off },
}))

type Exposed = Record<string, (...args: unknown[]) => unknown>
let api: Exposed

beforeAll(async () => {
  await import('./index')
  api = electron.exposed.get('api') as Exposed
})

describe('the preload', () => {
  it('exposes one object, window.api, with exactly the contract’s methods', () => {
    expect([...electron.exposed.keys()]).toEqual(['api'])
    expect(API_METHODS.length).toBeGreaterThan(30)
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onDatasetEvent'].sort())
    for (const name of Object.keys(api)) expect(typeof api[name], name).toBe('function')
  })

  it('sends each method to main on its own channel, with its arguments, and answers main’s answer', async () => {
    for (const name of API_METHODS) {
      electron.invoke.mockClear()
      const answer = await api[name]!('site', { limit: 3 })
      expect(electron.invoke.mock.calls, name).toEqual([[CHANNELS[name], 'site', { limit: 3 }]])
      expect(answer, name).toEqual({
        ok: true,
        value: { channel: CHANNELS[name], args: ['site', { limit: 3 }] },
      })
    }
    expect(new Set(API_METHODS.map((name) => CHANNELS[name])).size).toBe(API_METHODS.length)
  })

  it('drops trailing undefined arguments (main checks the count), and keeps those before a value', async () => {
    electron.invoke.mockClear()
    await api.openDataset!(undefined, undefined)
    await api.queryRecords!('site', undefined)
    await api.openDataset!(undefined, { readOnly: true })
    expect(electron.invoke.mock.calls).toEqual([
      [CHANNELS.openDataset],
      [CHANNELS.queryRecords, 'site'],
      [CHANNELS.openDataset, undefined, { readOnly: true }],
    ])
  })

  it('hands main’s events to a listener, without Electron’s event object, until it unsubscribes', () => {
    const heard: DatasetEvent[] = []
    const unsubscribe = api.onDatasetEvent!((event: DatasetEvent) => heard.push(event)) as () => void
    expect(electron.on).toHaveBeenCalledTimes(1)
    const [channel, forward] = electron.on.mock.calls[0] as [string, (...args: unknown[]) => void]
    expect(channel).toBe(EVENT_CHANNEL)
    forward({ sender: 'ipc event' }, { type: 'checked' })
    expect(heard).toEqual([{ type: 'checked' }])
    unsubscribe()
    expect(electron.off.mock.calls).toEqual([[EVENT_CHANNEL, forward]])
  })
})
