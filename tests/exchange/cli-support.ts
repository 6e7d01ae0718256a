import { spawn } from 'node:child_process'
import path from 'node:path'

/** The command as a user runs it. */
export const BIN = path.resolve(import.meta.dirname, '../../bin/heritage-curator.mjs')

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** A child process as a user would meet it: exit status and output; `onStart` may signal it. */
export function run(
  command: string,
  args: string[],
  onStart?: (child: ReturnType<typeof spawn>) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    onStart?.(child)
  })
}

/** The curator the tests' commands work for, as a script would set it once. */
export const TEST_AUTHOR = 'Test Curator <test@example.org>'

/** The environment without an author: a command that records changes must refuse in it. */
export function envWithoutAuthor(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.HERITAGE_CURATOR_AUTHOR
  return env
}

/** The environment of a script that names its curator in HERITAGE_CURATOR_AUTHOR. */
export const envWithAuthor = (): NodeJS.ProcessEnv => ({
  ...envWithoutAuthor(),
  HERITAGE_CURATOR_AUTHOR: TEST_AUTHOR,
})

/** The real `heritage-curator` command in a child process, run by a script that names its curator. */
export const cli = (...args: string[]) => run(process.execPath, [BIN, ...args], undefined, envWithAuthor())

/** The same command where no author is given anywhere. */
export const cliWithoutAuthor = (...args: string[]) =>
  run(process.execPath, [BIN, ...args], undefined, envWithoutAuthor())
