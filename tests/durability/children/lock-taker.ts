/**
 * One side of a paired lock take-over (tests/durability/lock-takeover.test.ts). Reads lines
 * `<lock file> <start at, epoch ms>` on stdin; for each, waits until that moment (spinning, so
 * that both sides of a pair start within microseconds), tries to take the lock, and prints
 * `<lock file> held` or `<lock file> refused`. A lock it gets is kept until the process ends.
 */
import { createInterface } from 'node:readline'
import { acquireLock } from '../../../src/main/dataset/lock'
import { nodeDisk } from '../../../src/main/dataset/fs/disk'

const kept: unknown[] = []

for await (const line of createInterface({ input: process.stdin })) {
  const [file, at] = line.split(' ') as [string, string]
  const start = Number(at)
  while (performance.timeOrigin + performance.now() < start);
  try {
    const result = await acquireLock(nodeDisk, file)
    if (result.held) kept.push(result)
    process.stdout.write(`${file} ${result.held ? 'held' : 'refused'}\n`)
  } catch (error) {
    process.stdout.write(`${file} error ${(error as Error).message.replaceAll('\n', ' ')}\n`)
  }
}
