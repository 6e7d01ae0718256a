import { watch } from 'node:fs'
import { DATASET_FILES } from './backups'

/**
 * Calls back (debounced) when a dataset file may have changed on disk. fs.watch is only a hint:
 * the store compares content hashes to tell an outside edit from its own writes.
 */
export function watchDatasetFolder(folder: string, onHint: () => void, debounceMs = 300): () => void {
  let timer: NodeJS.Timeout | undefined
  let watcher: ReturnType<typeof watch> | undefined
  try {
    watcher = watch(folder, { persistent: false }, (_event, name) => {
      if (name && !DATASET_FILES.includes(String(name))) return
      clearTimeout(timer)
      timer = setTimeout(onHint, debounceMs)
    })
    watcher.on('error', () => undefined)
  } catch {
    // A folder that cannot be watched (some network drives) still works; it just is not watched.
  }
  return () => {
    clearTimeout(timer)
    watcher?.close()
  }
}
