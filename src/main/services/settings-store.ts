import type { ColorSchemePreference, UiLanguage } from '@shared/domain'
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

const SAMPLE_FOLDER = 'china-world-heritage'
const SETTINGS_FILE = 'settings.json'

/**
 * Whose edits these are until the curator says: the first start asks for a name (the renderer's
 * welcome dialog), and the operating-system account is never taken for it silently.
 */
export const UNNAMED_CURATOR = 'unnamed curator'

/** What the app remembers between runs, in settings.json in the user data folder. */
interface Settings {
  lastDataset?: string
  curatorName?: string
  /** With the name, the author of the curator's commits (the team on git). */
  curatorEmail?: string
  language?: UiLanguage
  colorScheme?: ColorSchemePreference
  tableColumns?: Record<string, string[]>
  /** Opt-in: look for a new release at startup (src/main/app/updates.ts). Off when absent. */
  checkForUpdates?: boolean
  /** File › Open Recent: dataset folders, newest first (at most RECENT_LIMIT). */
  recentDatasets?: string[]
  /** The main window as it was last closed (src/main/app/window-state.ts). */
  window?: SavedWindowState
}

/** Where the window was and how big, in screen pixels; maximised windows keep their normal bounds. */
export interface SavedWindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized?: boolean
}

/** How many datasets File › Open Recent lists. */
const RECENT_LIMIT = 10

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  )
}

export async function readSettings(userDataDir: string): Promise<Settings> {
  try {
    return JSON.parse(await readFile(path.join(userDataDir, SETTINGS_FILE), 'utf8')) as Settings
  } catch {
    return {}
  }
}

export async function updateSettings(userDataDir: string, change: Partial<Settings>): Promise<void> {
  const settings = { ...(await readSettings(userDataDir)), ...change }
  await mkdir(userDataDir, { recursive: true })
  await writeFile(path.join(userDataDir, SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`)
}

/** `folder` first, without its older entry, at most RECENT_LIMIT folders. */
export function withRecent(recent: readonly string[], folder: string): string[] {
  return [folder, ...recent.filter((known) => known !== folder)].slice(0, RECENT_LIMIT)
}

/** The last dataset, which the app reopens, and the top of Open Recent (an empty folder forgets the last). */
export async function rememberDataset(userDataDir: string, folder: string): Promise<void> {
  const { recentDatasets = [] } = await readSettings(userDataDir)
  const recent = folder ? withRecent(recentDatasets, folder) : recentDatasets
  return updateSettings(userDataDir, { lastDataset: folder, recentDatasets: recent })
}

/** Open Recent's folders, newest first; folders that have gone (moved, deleted, unplugged) are left out. */
export async function recentDatasets(userDataDir: string): Promise<string[]> {
  const { recentDatasets: recent = [] } = await readSettings(userDataDir)
  const present = await Promise.all(recent.map(isFolder))
  return recent.filter((_folder, index) => present[index]).slice(0, RECENT_LIMIT)
}

export function clearRecentDatasets(userDataDir: string): Promise<void> {
  return updateSettings(userDataDir, { recentDatasets: [] })
}

/**
 * The dataset the app opens on: the last one opened, or, at first start, a copy of the bundled
 * sample in the user's data folder, so that the copy shipped with the app is never edited.
 */
export async function resolveStartDataset(userDataDir: string, bundledSample: string): Promise<string> {
  const { lastDataset } = await readSettings(userDataDir)
  if (lastDataset && (await isFolder(lastDataset))) return lastDataset
  const copy = path.join(userDataDir, 'datasets', SAMPLE_FOLDER)
  if (!(await isFolder(copy))) {
    await mkdir(path.dirname(copy), { recursive: true })
    await cp(bundledSample, copy, { recursive: true, errorOnExist: true, force: false })
  }
  return copy
}
