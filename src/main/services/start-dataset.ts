import type { ColorSchemePreference, UiLanguage } from '../../shared/domain'
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

const SAMPLE_FOLDER = 'china-world-heritage'
const SETTINGS_FILE = 'settings.json'

/** What the app remembers between runs, in settings.json in the user data folder. */
export interface Settings {
  lastDataset?: string
  curatorName?: string
  language?: UiLanguage
  colorScheme?: ColorSchemePreference
  tableColumns?: Record<string, string[]>
  /** Opt-in: look for a new release at startup (src/main/app/updates.ts). Off when absent. */
  checkForUpdates?: boolean
}

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

export function rememberDataset(userDataDir: string, folder: string): Promise<void> {
  return updateSettings(userDataDir, { lastDataset: folder })
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
