import { setImmediate as nextTurn } from 'node:timers/promises'
import { CuratorError } from '../dataset/errors'

/**
 * Table queries in lanes (RecordQuery.lane): while the curator types, each keystroke's query
 * makes the one before it moot. A query waits one turn of the event loop, so that calls already
 * sent arrive, and is answered CANCELLED without running when a newer one in its lane came in
 * meanwhile: main runs the search the screen will show, not every search typed on the way.
 */
export class QueryLanes {
  private readonly latest = new Map<string, number>()
  private issued = 0

  async wait(lane: string | undefined): Promise<void> {
    if (lane === undefined) return
    const ticket = (this.issued += 1)
    this.latest.set(lane, ticket)
    await nextTurn()
    if (this.latest.get(lane) !== ticket)
      throw new CuratorError('CANCELLED', 'A newer search in the same table replaced this one.')
  }
}
