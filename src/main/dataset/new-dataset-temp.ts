import path from 'node:path'
import type { Disk } from './fs/disk'
import { isProcessAlive } from './process-alive'

/**
 * A new dataset is written beside its target, in `.<name>.hc-new-<pid>-<random>`, and renamed
 * into place (write-new-dataset.ts). The pid tells a temp folder a killed process left behind
 * from one a running process is still writing.
 */
export function newDatasetTemp(target: string, random: string, pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.hc-new-${pid}-${random}`)
}

/** Removes the temp folders of a target that processes which died (a kill, a crash) left behind. */
export async function removeDeadNewDatasetTemps(disk: Disk, target: string): Promise<void> {
  const prefix = `.${path.basename(target)}.hc-new-`
  const parent = path.dirname(target)
  for (const name of await disk.readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length))?.[1])
    if (!Number.isSafeInteger(pid) || isProcessAlive(pid)) continue
    if ((await disk.kind(path.join(parent, name))) === 'folder')
      await disk.removeTree(path.join(parent, name))
  }
}
