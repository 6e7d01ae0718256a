import os from 'node:os'
import type { Disk } from './fs/disk'

export interface LockOwner {
  pid: number
  host: string
  startedAt: string
}

export type LockResult =
  { held: true; release: () => Promise<void> } | { held: false; owner: LockOwner | undefined }

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readOwner(disk: Disk, file: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await disk.readFile(file)) as LockOwner
  } catch {
    return undefined
  }
}

/**
 * One writer per dataset: a lock file created exclusively. A lock left by a process that died on
 * this machine is taken over; a live owner (or one on another machine, which we cannot check)
 * keeps it, and the second opener works read-only.
 */
export async function acquireLock(
  disk: Disk,
  file: string,
  options: { pid?: number; host?: string; alive?: (pid: number) => boolean; now?: () => Date } = {},
): Promise<LockResult> {
  const me: LockOwner = {
    pid: options.pid ?? process.pid,
    host: options.host ?? os.hostname(),
    startedAt: (options.now ?? (() => new Date()))().toISOString(),
  }
  const alive = options.alive ?? isAlive
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await disk.open(file, 'wx')
      await handle.write(`${JSON.stringify(me)}\n`)
      await handle.sync()
      await handle.close()
      return { held: true, release: () => disk.unlink(file).catch(() => undefined) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = await readOwner(disk, file)
    const stale = owner !== undefined && owner.host === me.host && owner.pid !== me.pid && !alive(owner.pid)
    // An unreadable lock file is a crash during its own creation: nobody can hold it.
    if (!stale && owner !== undefined) return { held: false, owner }
    await disk.unlink(file).catch(() => undefined)
  }
  return { held: false, owner: await readOwner(disk, file) }
}
