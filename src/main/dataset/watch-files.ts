import { watch } from 'node:fs'
import path from 'node:path'
import { isTempFile } from './fs/durable-write'
import { MANIFEST_FILE, OLD_RECORD_FILES } from './layout'
import { KIND_FOLDERS } from './shards'

type Watcher = ReturnType<typeof watch>

const TOP_FILES = new Set<string>([MANIFEST_FILE, ...Object.values(OLD_RECORD_FILES)])
const KIND_NAMES = new Set<string>(Object.values(KIND_FOLDERS))

/**
 * Calls back (debounced) when a dataset file may have changed on disk, with the files named
 * (`dataset.json`, `sites/3f.json`), or with none when a kind folder itself came or went (then
 * every file is worth a look). fs.watch is only a hint: the store compares content hashes to tell
 * an outside edit from its own writes. The dataset folder and each kind folder are watched (a
 * recursive watch is not available everywhere); a kind folder made later is watched once seen.
 */
export function watchDatasetFolder(
  folder: string,
  onHint: (files: string[] | undefined) => void,
  debounceMs = 300,
): () => void {
  let timer: NodeJS.Timeout | undefined
  let hinted: Set<string> | undefined = new Set()
  const watchers = new Map<string, Watcher>()
  const hint = (file: string | undefined) => {
    if (file === undefined) hinted = undefined
    else hinted?.add(file)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const files = hinted && [...hinted]
      hinted = new Set()
      onHint(files)
    }, debounceMs)
  }
  const watchOne = (relative: string, onName: (name: string) => void) => {
    if (watchers.has(relative)) return
    try {
      const watcher = watch(path.join(folder, relative), { persistent: false }, (_event, name) => {
        if (name) onName(String(name))
      })
      watcher.on('error', () => {
        watchers.delete(relative)
        watcher.close()
      })
      watchers.set(relative, watcher)
    } catch {
      // A folder that cannot be watched (absent, some network drives) still works; it just is not watched.
    }
  }
  const watchKind = (kindFolder: string) =>
    watchOne(kindFolder, (name) => {
      if (!isTempFile(name)) hint(`${kindFolder}/${name}`)
    })
  watchOne('.', (name) => {
    if (TOP_FILES.has(name)) hint(name)
    else if (KIND_NAMES.has(name)) {
      watchKind(name)
      hint(undefined)
    }
  })
  for (const kindFolder of KIND_NAMES) watchKind(kindFolder)
  return () => {
    clearTimeout(timer)
    for (const watcher of watchers.values()) watcher.close()
    watchers.clear()
  }
}
