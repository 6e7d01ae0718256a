import type { DatasetCommandName, DatasetEvent, DatasetInfo, PathToken } from '@shared/domain'
import type { Dispatch } from '../ipc/dispatch'

interface DatasetCommandDeps {
  dispatch: Dispatch
  /** Main's token for a folder it chose itself: dispatch takes tokens, never paths. */
  folderToken: (folder: string) => PathToken
  /** Tells the renderer (the app's `broadcast`): after a switch it reloads everything. */
  notify: (event: DatasetEvent) => void
  /** Shows a failure to the curator (a notification in the window, or an error box before it exists). */
  report: (command: DatasetCommandName, message: string) => void
}

const METHODS = { open: 'openDataset', 'save-as': 'saveDatasetAs', new: 'newDataset' } as const

/**
 * Dataset commands that start in main (the menu, a second launch, the OS handing over a folder)
 * rather than in the renderer: they go through the same dispatch as IPC, and the renderer learns
 * of the new dataset from a `reloaded` event.
 */
export function createDatasetCommands(deps: DatasetCommandDeps) {
  async function run(command: DatasetCommandName, args: unknown[], reason: (info: DatasetInfo) => string) {
    const result = await deps.dispatch(METHODS[command], args)
    if (!result.ok) {
      deps.report(command, result.error.message)
      return null
    }
    const info = result.value as DatasetInfo | null
    if (info) deps.notify({ type: 'reloaded', reason: reason(info) })
    return info
  }
  return {
    /** Opens `folder`, or asks for one with the system dialog when it is omitted. */
    open: (folder?: string) =>
      run(
        'open',
        folder ? [deps.folderToken(folder)] : [],
        (info) => `Opened “${info.manifest.name}” (${info.path}).`,
      ),
    /** Writes a copy into a folder the curator picks, and switches to the copy. */
    saveAs: () => run('save-as', [], (info) => `Saved a copy as ${info.path}; the copy is open now.`),
    /** Writes an empty dataset into an empty folder the curator picks, and switches to it. */
    create: () =>
      run('new', [], (info) => `Created the empty dataset “${info.manifest.name}” in ${info.path}.`),
  }
}

export type DatasetCommands = ReturnType<typeof createDatasetCommands>
