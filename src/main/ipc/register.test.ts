import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { API_METHODS, CHANNELS } from '@shared/channels'
import { registerIpc } from './register'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

/** Records what registerIpc hands to ipcMain.handle; Electron's ipcMain itself needs the binary. */
function recordingIpcMain() {
  const handlers = new Map<string, Listener>()
  const ipcMain = { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) }
  return { ipcMain: ipcMain as unknown as IpcMain, handlers }
}

const appUrl = 'app://heritage-curator/index.html'
const fromFrame = (url: string, parent: unknown = null) =>
  ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent

describe('registerIpc', () => {
  it('registers exactly one channel per API method', () => {
    const { ipcMain, handlers } = recordingIpcMain()
    registerIpc(
      ipcMain,
      async () => ({ ok: true, value: null }),
      () => appUrl,
    )
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map((m) => CHANNELS[m]).sort())
  })

  it('passes calls from the app window on and refuses others without calling main', async () => {
    const { ipcMain, handlers } = recordingIpcMain()
    const calls: unknown[] = []
    registerIpc(
      ipcMain,
      async (method, args) => {
        calls.push([method, args])
        return { ok: true, value: 'done' }
      },
      () => appUrl,
    )
    const listener = handlers.get(CHANNELS.getRecord) as Listener
    expect(await listener(fromFrame(appUrl), 'site', 'whc-440')).toEqual({ ok: true, value: 'done' })
    expect(await listener(fromFrame(appUrl, {}), 'site', 'x')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await listener(fromFrame('https://evil.example/'), 'site', 'x')).toMatchObject({ ok: false })
    expect(calls).toEqual([['getRecord', ['site', 'whc-440']]])
  })
})
