import { describe, expect, it } from 'vitest'
import { crashTest } from '../../scripts/crash-test'

describe('crash test (short; npm run test:crash runs 200 kills)', () => {
  it('loses no acknowledged edit and corrupts no file across SIGKILLs', async () => {
    const lines: string[] = []
    const result = await crashTest(6, (line) => lines.push(line))
    expect(lines.filter((l) => l.startsWith('kill '))).toEqual([])
    expect(result).toEqual({ kills: 6, lost: 0, corrupt: 0 })
  }, 180_000)
})
