import { readSettings, updateSettings, type SavedWindowState } from '../services/settings-store'

interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** The window's size at first start, and the smallest it is restored at (as mainWindowOptions). */
export const DEFAULT_SIZE = { width: 1360, height: 860 }
const MIN_SIZE = { width: 900, height: 600 }
/** How much of the title bar must lie on a display for the window to count as reachable. */
const GRIP = 100

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high)

/**
 * Where to put the window given where it was and the displays' work areas now. A window whose
 * title bar would not be reachable (its display was unplugged, the resolution dropped) moves onto
 * the display it overlaps most, or the first one, and shrinks to fit; no saved position centres it.
 */
export function restoreBounds(
  saved: SavedWindowState | undefined,
  workAreas: Rectangle[],
): Partial<Rectangle> {
  const size = {
    width: Math.max(MIN_SIZE.width, Math.round(saved?.width ?? DEFAULT_SIZE.width)),
    height: Math.max(MIN_SIZE.height, Math.round(saved?.height ?? DEFAULT_SIZE.height)),
  }
  const [first] = workAreas
  if (!first) return size
  if (saved?.x === undefined || saved.y === undefined || !Number.isFinite(saved.x + saved.y)) {
    return { width: Math.min(size.width, first.width), height: Math.min(size.height, first.height) }
  }
  const wanted = { x: Math.round(saved.x), y: Math.round(saved.y), ...size }
  const titleBar = { x: wanted.x, y: wanted.y, width: wanted.width, height: 32 }
  const reachable = workAreas.some(
    (area) =>
      overlap(titleBar, area) > 0 &&
      Math.min(titleBar.x + titleBar.width, area.x + area.width) - Math.max(titleBar.x, area.x) >= GRIP,
  )
  if (reachable) return wanted
  const area = workAreas.reduce((best, each) => (overlap(wanted, each) > overlap(wanted, best) ? each : best))
  const width = Math.min(wanted.width, area.width)
  const height = Math.min(wanted.height, area.height)
  return {
    x: clamp(wanted.x, area.x, area.x + area.width - width),
    y: clamp(wanted.y, area.y, area.y + area.height - height),
    width,
    height,
  }
}

export async function readWindowState(userDataDir: string): Promise<SavedWindowState | undefined> {
  const { window } = await readSettings(userDataDir)
  return window && typeof window.width === 'number' && typeof window.height === 'number' ? window : undefined
}

export function saveWindowState(userDataDir: string, state: SavedWindowState): Promise<void> {
  return updateSettings(userDataDir, { window: state })
}
