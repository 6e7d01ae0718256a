import { describe, expect, it } from 'vitest'
import { crashTakeovers, crashTest } from '../../scripts/crash-test'

describe('crash test (short; npm run test:crash runs 200 kills and 200 take-overs)', () => {
  it('loses no acknowledged edit and corrupts no file across SIGKILLs', async () => {
    const lines: string[] = []
    const result = await crashTest(6, (line) => lines.push(line))
    expect(lines.filter((l) => l.startsWith('kill '))).toEqual([])
    expect(result).toEqual({ kills: 6, lost: 0, corrupt: 0 })
  }, 180_000)

  it('gives a dead owner’s lock to exactly one of two processes, whose edit survives', async () => {
    const lines: string[] = []
    const result = await crashTakeovers(3, 1, (line) => lines.push(line))
    expect(lines.filter((l) => l.startsWith('pair '))).toEqual([])
    expect(result).toEqual({ pairs: 3, doubleOwners: 0, lostEdits: 0, noOwner: 0 })
  }, 180_000)
})
