import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../tests/support/temp-dataset'
import { DEFAULT_SIZE, readWindowState, restoreBounds, saveWindowState } from './window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
/** A second display to the right of the laptop's. */
const external = { x: 1440, y: 0, width: 2560, height: 1415 }

describe('where the window comes back', () => {
  it('opens at the default size, fitted to the display, the first time', () => {
    expect(restoreBounds(undefined, [laptop])).toEqual(DEFAULT_SIZE)
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1280, height: 720 }])).toEqual({
      width: 1280,
      height: 720,
    })
  })

  it('comes back where it was while that place is on a display', () => {
    const saved = { x: 1600, y: 80, width: 1500, height: 1000 }
    expect(restoreBounds(saved, [laptop, external])).toEqual(saved)
  })

  it('moves onto a display that is still there when its display was unplugged', () => {
    const saved = { x: 1600, y: 80, width: 1500, height: 1000 }
    const bounds = restoreBounds(saved, [laptop])
    expect(bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 })
  })

  it('is pulled back when it hangs off the top or the left, out of reach of its title bar', () => {
    expect(restoreBounds({ x: 200, y: -400, width: 1000, height: 600 }, [laptop])).toEqual({
      x: 200,
      y: 0,
      width: 1000,
      height: 600,
    })
    expect(restoreBounds({ x: -960, y: 50, width: 1000, height: 600 }, [laptop])).toEqual({
      x: 0,
      y: 50,
      width: 1000,
      height: 600,
    })
  })

  it('never restores a window too small to use, nor one at a position that is not a number', () => {
    expect(restoreBounds({ x: 10, y: 10, width: 20, height: 5 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 900,
      height: 600,
    })
    expect(restoreBounds({ x: Number.NaN, y: 0, width: 1000, height: 700 }, [laptop])).toEqual({
      width: 1000,
      height: 700,
    })
  })

  it('is kept in settings.json beside the other settings, maximised or not', async () => {
    const userData = await tempDir()
    expect(await readWindowState(userData)).toBeUndefined()
    await saveWindowState(userData, { x: 40, y: 30, width: 1200, height: 800, maximized: true })
    expect(await readWindowState(userData)).toEqual({
      x: 40,
      y: 30,
      width: 1200,
      height: 800,
      maximized: true,
    })
    const settings = JSON.parse(await readFile(path.join(userData, 'settings.json'), 'utf8'))
    expect(settings.window).toMatchObject({ width: 1200, maximized: true })
  })
})
