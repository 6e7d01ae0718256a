/**
 * Cancelling a team sync that waits on a server (issue 13): the request in flight is aborted,
 * the answer is CANCELLED (the app says "Cancelled: nothing was changed", not that the pull
 * failed), and the status after it is as before.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { TeamState } from '@shared/team-api'
import { sampleServices } from '../../support/temp-dataset'

/** A server that takes every request and never answers: a git server on a very slow link. */
async function stalledServer() {
  let received = 0
  const server = http.createServer(() => {
    received += 1
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/heritage.git`,
    received: () => received,
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const servers: Array<{ close: () => Promise<void> }> = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
})

describe('cancelling a team sync', { timeout: 120_000 }, () => {
  it.each(['fetch', 'pull', 'push'] as const)(
    'a %s waiting on the server answers CANCELLED',
    async (action) => {
      const server = await stalledServer()
      servers.push(server)
      const alice = await sampleServices()
      await alice.call('savePreferences', { curatorName: 'Alice Li', curatorEmail: 'alice@example.org' })
      await alice.call('initTeamRepository')
      await alice.call('setTeamRemote', { url: server.url })
      const before = await alice.call<TeamState>('getTeamStatus')

      const running = alice.dispatch('syncTeam', [action, 'team-cancel-1'])
      await expect.poll(() => server.received(), { timeout: 30_000 }).toBeGreaterThan(0)
      expect(await alice.call('cancelJob', 'team-cancel-1')).toBe(true)
      const answer = await running
      expect(answer).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })

      const after = await alice.call<TeamState>('getTeamStatus')
      expect(after).toEqual(before)
      expect(after.writesHeld).toBeUndefined()
    },
  )
})
