import { createHash, randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import type { Disk } from './fs/disk'
import { isProcessAlive } from './process-alive'
import { type ForeignLock, type LockOwner, readLockFile } from './lock-file'

type LockResult =
  { held: true; release: () => Promise<void> } | { held: false; owner?: LockOwner; foreign?: ForeignLock }

export interface LockOptions {
  pid?: number
  host?: string
  alive?: (pid: number) => boolean
  now?: () => Date
  /** How long to wait for another process that is taking over the same stale lock (ms). */
  patienceMs?: number
}

/** Claims name the process that made them, so that a later holder can clear a dead one's. */
const CLAIM = '.claim-'
/** The right to replace one stale lock (or one stale guard): `<lock>.over-<hash of its bytes>`. */
const GUARD = '.over-'
/** Guards of guards are only needed when takers die mid-take-over; a bound keeps it finite. */
const MAX_GUARD_DEPTH = 8

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * One writer per dataset: `.curator/lock` holds its owner (pid, host, start, a random nonce).
 *
 * Taking a free lock: the owner record is written in full to a uniquely named claim file and
 * fsynced, then `link(claim, lock)`: a hard link is created atomically and fails with EEXIST when
 * the name exists, so exactly one of any number of racing processes gets the lock, and a lock
 * file is never seen half-written.
 *
 * Taking over a dead owner's lock (same host, pid no longer running) must be atomic too: the old
 * code unlinked the stale lock and created a new one, and a second taker could unlink the
 * first's new lock; both then wrote. Now the stale bytes X are replaced only by the holder of a
 * guard named after X (`lock.over-<sha256(X)>`), created by the same exclusive link:
 *   1. A and B both read X (dead owner). Both try link(claim, guard(X)): one wins, say A.
 *   2. A re-reads the lock: still X? Nobody else can have changed it: its owner is dead (no
 *      release), the name exists (no fresh link), and replacing X needs guard(X), which A holds.
 *      So A renames a new claim over the lock (atomic replace): the lock is now A's. A then
 *      removes guard(X).
 *   3. B got EEXIST on guard(X): its owner A is alive, so B waits and reads the lock again: it is
 *      A's, alive: B opens read-only. If B comes late, after A removed guard(X), B gets the guard,
 *      re-reads the lock, finds A's bytes, not X, drops the guard and reads the lock again: A's.
 *   4. A dies holding guard(X) before its rename: the lock is still X and guard(X) names a dead
 *      owner: the guard is itself a stale lock, replaced the same way under guard(guard's bytes),
 *      after which the new holder continues at 2. A dies after its rename: the lock is A's,
 *      stale; the next take-over uses guard(A's bytes), a new name; guard(X) is litter, removed
 *      by the next holder.
 * Every lock's bytes are unique (the nonce), so X never comes back. Liveness is `kill(pid, 0)`,
 * trusted only on the same host: another host's lock is never taken over (the message says how
 * to clear it after checking that machine).
 */
export async function acquireLock(disk: Disk, file: string, options: LockOptions = {}): Promise<LockResult> {
  const me: LockOwner = {
    pid: options.pid ?? process.pid,
    host: options.host ?? os.hostname(),
    startedAt: (options.now ?? (() => new Date()))().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  }
  const mine = `${JSON.stringify(me)}\n`
  const alive = options.alive ?? isProcessAlive
  const stale = (owner: LockOwner) => owner.host === me.host && owner.pid !== me.pid && !alive(owner.pid)
  const taker = new Taker(disk, file, mine, me, stale)
  const deadline = Date.now() + (options.patienceMs ?? 3000)
  for (let attempt = 0; ; attempt += 1) {
    if (await taker.linkClaim(file)) return taker.held()
    const current = await readLockFile(disk, file)
    if (current.state === 'missing') continue // let go of between our link and our read: try again
    if (current.state === 'foreign') return { held: false, foreign: current.foreign }
    if (!stale(current.owner)) return { held: false, owner: current.owner }
    const outcome = await taker.replaceStale(file, current.text, 0)
    if (outcome === 'replaced') return taker.held()
    if (typeof outcome === 'object') return { held: false, ...outcome }
    // Another live process is taking it over right now: give it a moment, then look again.
    if (Date.now() > deadline) return { held: false, owner: current.owner }
    await sleep(Math.min(5 * 2 ** attempt, 100))
  }
}

type Replaced = 'replaced' | 'busy' | { foreign: ForeignLock }

/** One process's attempt at the lock: its claims, guards and the owner bytes it writes. */
class Taker {
  constructor(
    private readonly disk: Disk,
    private readonly lock: string,
    private readonly mine: string,
    private readonly me: LockOwner,
    private readonly stale: (owner: LockOwner) => boolean,
  ) {}

  /** A claim file with our owner record, whole and fsynced before any name points at it. */
  private async newClaim(): Promise<string> {
    const claim = `${this.lock}${CLAIM}${this.me.pid}-${randomBytes(6).toString('hex')}`
    const handle = await this.disk.open(claim, 'wx')
    try {
      await handle.write(this.mine)
      await handle.sync()
    } finally {
      await handle.close()
    }
    return claim
  }

  /** Gives `name` our bytes if nothing has that name yet; false when it exists. */
  async linkClaim(name: string): Promise<boolean> {
    const claim = await this.newClaim()
    try {
      await this.disk.link(claim, name)
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      return false
    } finally {
      await this.disk.unlink(claim).catch(() => undefined)
    }
  }

  /** Replaces `name`, found holding the stale bytes `stale`, with ours: only under its guard. */
  async replaceStale(name: string, stale: string, depth: number): Promise<Replaced> {
    const guard = `${this.lock}${GUARD}${createHash('sha256').update(stale).digest('hex').slice(0, 24)}`
    if (!(await this.linkClaim(guard))) {
      const current = await readLockFile(this.disk, guard)
      if (current.state === 'missing') return 'busy'
      if (current.state === 'foreign') return { foreign: current.foreign }
      if (!this.stale(current.owner) || depth >= MAX_GUARD_DEPTH) return 'busy'
      // Its holder died mid-take-over: take the guard over the same way, one level up.
      if ((await this.replaceStale(guard, current.text, depth + 1)) !== 'replaced') return 'busy'
    }
    try {
      const now = await readLockFile(this.disk, name)
      if (now.state !== 'owner' || now.text !== stale) return 'busy' // someone was quicker
      const claim = await this.newClaim()
      try {
        await this.disk.rename(claim, name)
      } catch (error) {
        await this.disk.unlink(claim).catch(() => undefined)
        throw error
      }
      return 'replaced'
    } finally {
      await this.releaseIfMine(guard)
    }
  }

  private async releaseIfMine(name: string): Promise<void> {
    const current = await readLockFile(this.disk, name)
    if (current.state === 'owner' && current.text === this.mine)
      await this.disk.unlink(name).catch(() => undefined)
  }

  /** We hold the lock: clear what dead takers left, and answer how to let go. */
  async held(): Promise<LockResult> {
    const now = await readLockFile(this.disk, this.lock)
    if (now.state !== 'owner' || now.text !== this.mine) return { held: false }
    await this.disk.syncFolder(path.dirname(this.lock)).catch(() => undefined)
    await this.clearLitter()
    return { held: true, release: () => this.releaseIfMine(this.lock) }
  }

  /** Claims and guards whose makers died (a kill in the middle of taking the lock). */
  private async clearLitter(): Promise<void> {
    const folder = path.dirname(this.lock)
    const base = path.basename(this.lock)
    for (const name of await this.disk.readdir(folder).catch(() => [] as string[])) {
      const file = path.join(folder, name)
      if (name.startsWith(`${base}${CLAIM}`)) {
        const pid = Number(name.slice(base.length + CLAIM.length).split('-')[0])
        if (Number.isSafeInteger(pid) && this.stale({ pid, host: this.me.host, startedAt: '' }))
          await this.disk.unlink(file).catch(() => undefined)
      } else if (name.startsWith(`${base}${GUARD}`)) {
        const guard = await readLockFile(this.disk, file)
        if (guard.state === 'owner' && this.stale(guard.owner))
          await this.disk.unlink(file).catch(() => undefined)
      }
    }
  }
}
