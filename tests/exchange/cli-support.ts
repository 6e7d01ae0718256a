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
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    onStart?.(child)
  })
}

/** The real `heritage-curator` command in a child process. */
export const cli = (...args: string[]) => run(process.execPath, [BIN, ...args])
