import type { UpdateCheckResult } from 'electron-updater'

/** The part of electron-updater's `autoUpdater` this module drives (a fake in tests). */
export interface Updater {
  autoDownload: boolean
  autoInstallOnAppQuit: boolean
  checkForUpdates(): Promise<Pick<UpdateCheckResult, 'isUpdateAvailable' | 'updateInfo'> | null>
  downloadUpdate(): Promise<unknown>
  quitAndInstall(): void
}

export interface UpdateDeps {
  updater: Updater
  currentVersion: string
  /** Why this copy cannot update itself (not installed, no update source), or null when it can. */
  cannotUpdate: string | null
  /** The curator's choice, stored beside the app's settings; off until they turn it on. */
  preference: { read(): Promise<boolean>; write(on: boolean): Promise<void> }
  /** Asks a question; answers the index of the button chosen. */
  ask(message: string, detail: string, buttons: string[]): Promise<number>
  inform(message: string, detail: string): Promise<void>
  /**
   * Runs before the app quits to install: writes every pending commit into the dataset files
   * and releases the dataset, so that no commit is in flight while the installer replaces the app.
   */
  beforeInstall(): Promise<void>
  log?: (message: string) => void
}

/**
 * Opt-in updates from the project's GitHub releases. Nothing is checked, downloaded or installed
 * without the curator: automatic checks only when they turned them on, downloads and restarts
 * only when they say yes.
 */
export function createUpdates(deps: UpdateDeps) {
  const { updater } = deps
  const log = deps.log ?? (() => undefined)
  updater.autoDownload = false
  // A downloaded update the curator postponed installs when they next quit, after the
  // before-quit flush in index.ts has folded pending commits into the files.
  updater.autoInstallOnAppQuit = true
  let busy = false

  async function install(): Promise<void> {
    await deps.beforeInstall()
    updater.quitAndInstall()
  }

  async function offer(version: string): Promise<void> {
    const download = await deps.ask(
      `Heritage Curator ${version} is available`,
      `You have ${deps.currentVersion}. Download it now? Your work is not interrupted while it downloads.`,
      ['Download', 'Later'],
    )
    if (download !== 0) return
    await updater.downloadUpdate()
    const restart = await deps.ask(
      `Heritage Curator ${version} is ready to install`,
      'Restart now to install it? Every saved change is written to the dataset first. If you choose Later, it installs when you next quit.',
      ['Restart Now', 'Later'],
    )
    if (restart === 0) await install()
  }

  /** One check. `interactive`: the curator asked (Help menu), so every outcome is shown. */
  async function check(interactive: boolean): Promise<void> {
    if (deps.cannotUpdate) {
      if (interactive) await deps.inform('Updates are not available for this copy', deps.cannotUpdate)
      return
    }
    if (busy) return
    busy = true
    try {
      const result = await updater.checkForUpdates()
      if (result?.isUpdateAvailable) return await offer(result.updateInfo.version)
      if (interactive) {
        await deps.inform('Heritage Curator is up to date', `${deps.currentVersion} is the latest version.`)
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      log(`Update check failed: ${message}`)
      if (interactive) await deps.inform('Could not check for updates', message)
    } finally {
      busy = false
    }
  }

  return {
    checkNow: () => check(true),
    /** At startup: checks only when the curator opted in. */
    checkIfEnabled: async () => {
      if (await deps.preference.read()) await check(false)
    },
    isAutomatic: () => deps.preference.read(),
    setAutomatic: (on: boolean) => deps.preference.write(on),
  }
}

export type Updates = ReturnType<typeof createUpdates>
