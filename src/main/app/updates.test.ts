import { describe, expect, it, vi } from 'vitest'
import { createUpdates, type UpdateDeps, type Updater } from './updates'

function setUp(
  options: {
    available?: string | null
    answers?: number[]
    cannotUpdate?: string | null
    optedIn?: boolean
  } = {},
) {
  const order: string[] = []
  const updater: Updater = {
    autoDownload: true,
    autoInstallOnAppQuit: false,
    checkForUpdates: vi.fn(async () => {
      order.push('check')
      const version = options.available ?? null
      return { isUpdateAvailable: version !== null, updateInfo: { version: version ?? '1.0.0' } as never }
    }),
    downloadUpdate: vi.fn(async () => void order.push('download')),
    quitAndInstall: vi.fn(() => void order.push('quitAndInstall')),
  }
  const answers = [...(options.answers ?? [])]
  let optedIn = options.optedIn ?? false
  const deps: UpdateDeps = {
    updater,
    currentVersion: '1.0.0',
    cannotUpdate: options.cannotUpdate ?? null,
    preference: { read: async () => optedIn, write: async (on) => void (optedIn = on) },
    ask: vi.fn(async () => answers.shift() ?? 1),
    inform: vi.fn(async () => undefined),
    beforeInstall: vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      order.push('flushed')
    }),
  }
  return { updates: createUpdates(deps), updater, deps, order }
}

describe('updates', () => {
  it('never download by themselves', () => {
    const { updater } = setUp()
    expect(updater.autoDownload).toBe(false)
  })

  it('are not checked at startup unless the curator opted in (off by default)', async () => {
    const off = setUp()
    await off.updates.checkIfEnabled()
    expect(off.updater.checkForUpdates).not.toHaveBeenCalled()
    expect(await off.updates.isAutomatic()).toBe(false)
    await off.updates.setAutomatic(true)
    await off.updates.checkIfEnabled()
    expect(off.updater.checkForUpdates).toHaveBeenCalledTimes(1)
  })

  it('flush every pending commit before quitting to install', async () => {
    const { updates, order } = setUp({ available: '1.1.0', answers: [0, 0] })
    await updates.checkNow()
    expect(order).toEqual(['check', 'download', 'flushed', 'quitAndInstall'])
  })

  it('download only when the curator says so, and install later when they choose Later', async () => {
    const declined = setUp({ available: '1.1.0', answers: [1] })
    await declined.updates.checkNow()
    expect(declined.order).toEqual(['check'])
    const later = setUp({ available: '1.1.0', answers: [0, 1] })
    await later.updates.checkNow()
    expect(later.order).toEqual(['check', 'download'])
    expect(later.updater.autoInstallOnAppQuit).toBe(true)
  })

  it('say so when the curator asked and there is nothing new, or the check failed', async () => {
    const { updates, deps, updater } = setUp()
    await updates.checkNow()
    expect(deps.inform).toHaveBeenCalledWith('Heritage Curator is up to date', expect.any(String))
    vi.mocked(updater.checkForUpdates).mockRejectedValueOnce(new Error('offline'))
    await updates.checkNow()
    expect(deps.inform).toHaveBeenLastCalledWith('Could not check for updates', 'offline')
  })

  it('stay quiet at startup when nothing is new', async () => {
    const { updates, deps } = setUp({ optedIn: true })
    await updates.checkIfEnabled()
    expect(deps.inform).not.toHaveBeenCalled()
  })

  it('explain why a copy that cannot update does not look', async () => {
    const { updates, deps, updater } = setUp({ cannotUpdate: 'Runs from source.' })
    await updates.checkNow()
    expect(updater.checkForUpdates).not.toHaveBeenCalled()
    expect(deps.inform).toHaveBeenCalledWith('Updates are not available for this copy', 'Runs from source.')
  })
})
