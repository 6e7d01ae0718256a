import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../support/temp-dataset'

const CHILD = path.join(import.meta.dirname, 'children', 'lock-taker.ts')
const children: ChildProcessWithoutNullStreams[] = []

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
})

/** A process that takes locks when told; answers each line it prints, in order. */
function taker() {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { stdio: 'pipe' })
  children.push(child)
  const lines: string[] = []
  const waiting: ((line: string) => void)[] = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    const next = waiting.shift()
    if (next) next(line)
    else lines.push(line)
  })
  return {
    tell: (line: string) => child.stdin.write(`${line}\n`),
    answer: () =>
      new Promise<string>((resolve) =>
        lines.length > 0 ? resolve(lines.shift() as string) : waiting.push(resolve),
      ),
  }
}

/** A lock as a process that died without letting go left it: same host, a pid nobody has. */
async function staleLock(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true })
  const file = path.join(folder, 'lock')
  const owner = { pid: 2 ** 22 + 4321, host: os.hostname(), startedAt: '2026-01-01T00:00:00.000Z' }
  await writeFile(file, `${JSON.stringify(owner)}\n`)
  return file
}

describe('taking over a dead process’s lock', () => {
  it('gives it to exactly one of two processes that find it at the same moment', async () => {
    const root = await tempDir('hc-takeover-')
    const [a, b] = [taker(), taker()]
    const pairs = 40
    const outcomes: string[] = []
    for (let pair = 0; pair < pairs; pair += 1) {
      const file = await staleLock(path.join(root, String(pair)))
      // Both start at the same moment, far enough ahead for both to be waiting.
      const at = Date.now() + 150
      a.tell(`${file} ${at}`)
      b.tell(`${file} ${at}`)
      const answers = [await a.answer(), await b.answer()].map((line) => line.slice(file.length + 1))
      outcomes.push(answers.sort().join('+'))
    }
    const doubles = outcomes.filter((o) => o === 'held+held').length
    expect({
      pairs,
      doubles,
      other: outcomes.filter((o) => o !== 'held+refused' && o !== 'held+held'),
    }).toEqual({
      pairs,
      doubles: 0,
      other: [],
    })
  }, 120_000)
})
