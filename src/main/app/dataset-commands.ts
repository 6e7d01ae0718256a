import type { DatasetEvent, DatasetInfo } from '../../shared/domain'
import type { Dispatch } from '../ipc/dispatch'

export interface DatasetCommandDeps {
  dispatch: Dispatch
  /** Tells the renderer (the app's `broadcast`): after a switch it reloads everything. */
  notify: (event: DatasetEvent) => void
  /** Shows a failure to the curator (an error box in the app). */
  report: (title: string, message: string) => void
}

type Method = 'openDataset' | 'saveDatasetAs'

/**
 * Dataset commands that start in main (the menu, a second launch, the OS handing over a folder)
 * rather than in the renderer: they go through the same dispatch as IPC, and the renderer learns
 * of the new dataset from a `reloaded` event.
 */
export function createDatasetCommands(deps: DatasetCommandDeps) {
  async function run(method: Method, args: string[], reason: (info: DatasetInfo) => string) {
    const result = await deps.dispatch(method, args)
    if (!result.ok) {
      const title =
        method === 'openDataset' ? 'The dataset could not be opened' : 'The copy could not be saved'
      deps.report(title, result.error.message)
      return null
    }
    const info = result.value as DatasetInfo | null
    if (info) deps.notify({ type: 'reloaded', reason: reason(info) })
    return info
  }
  return {
    /** Opens `folder`, or asks for one with the system dialog when it is omitted. */
    open: (folder?: string) =>
      run('openDataset', folder ? [folder] : [], (info) => `Opened “${info.manifest.name}” (${info.path}).`),
    /** Writes a copy into a folder the curator picks, and switches to the copy. */
    saveAs: () => run('saveDatasetAs', [], (info) => `Saved a copy as ${info.path}; the copy is open now.`),
  }
}

export type DatasetCommands = ReturnType<typeof createDatasetCommands>
