/**
 * `heritage-curator`: the dataset tools of the app, in plain Node, for scripts and CI. The same
 * main-process code runs here (store, validation, exchange); nothing here imports Electron.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { CuratorError } from '../main/dataset/errors'
import { isCancellation } from '../main/exchange/progress'
import { createSchemaValidators } from '../main/validation/ajv'
import { exportCommand, type Flags, importCommand, initCommand, validateCommand } from './commands'
import { HELP } from './help'
import { initGitCommand, mergeDriverCommand, syncCommand } from './team-commands'
import { CannotOpenDataset } from './dataset'
import { clip, consoleOutput, EXIT, type Output, stdoutState } from './output'
import pkg from '../../package.json'

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  name: { type: 'string' },
  languages: { type: 'string' },
  mapping: { type: 'string' },
  status: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'approved-only': { type: 'boolean' },
  'all-or-nothing': { type: 'boolean' },
  bom: { type: 'boolean' },
  'per-kind': { type: 'boolean' },
  jsonl: { type: 'boolean' },
  git: { type: 'boolean' },
  remote: { type: 'string' },
  message: { type: 'string', short: 'm' },
  author: { type: 'string' },
  abort: { type: 'boolean' },
} as const

/** Runs one command line; answers the exit status. */
export async function main(
  argv: string[],
  io: Output = consoleOutput,
  signal: AbortSignal = new AbortController().signal,
): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    io.err(`${(error as Error).message} (see heritage-curator --help)`)
    return EXIT.failed
  }
  const flags = parsed.values as Flags
  const [command, ...rest] = parsed.positionals
  if (flags.version) {
    io.out(pkg.version)
    return EXIT.ok
  }
  if (flags.help || command === undefined || command === 'help') {
    io.out(HELP)
    return command === undefined && !flags.help ? EXIT.failed : EXIT.ok
  }
  const need = (n: number, what: string) => {
    if (rest.length !== n)
      throw new CuratorError('VALIDATION', `${command} takes ${what} (see heritage-curator --help)`)
    return rest.map((p) => path.resolve(p))
  }
  const validators = createSchemaValidators()
  try {
    switch (command) {
      case 'init':
        if (flags.git) return await initGitCommand(need(1, '<dataset>')[0] as string, flags, validators, io)
        return await initCommand(need(1, '<dataset>')[0] as string, flags, validators, io)
      case 'merge-driver':
        // %P is a path inside the repository: the four arguments are taken as git gives them.
        need(4, '%O %A %B %P')
        return await mergeDriverCommand(rest, validators, io)
      case 'sync':
        return await syncCommand(need(1, '<dataset>')[0] as string, flags, validators, io, signal)
      case 'validate':
        return await validateCommand(need(1, '<dataset>')[0] as string, flags, validators, io)
      case 'import': {
        const [dataset, file] = need(2, '<dataset> <file>') as [string, string]
        return await importCommand(dataset, file, flags, validators, io, signal)
      }
      case 'export':
        return await exportCommand(need(1, '<dataset>')[0] as string, flags, validators, io, signal)
      default:
        io.err(`Unknown command “${command}” (see heritage-curator --help)`)
        return EXIT.failed
    }
  } catch (error) {
    // The reader of stdout went away (`| head`): the job was stopped on purpose; say nothing.
    if (stdoutState.closed && isCancellation(error)) return EXIT.failed
    if (error instanceof CuratorError) {
      io.err(`heritage-curator ${command}: ${clip(error.message, 2000)}`)
      for (const issue of error.issues.slice(0, 50))
        io.err(
          `  ${issue.record ? `${issue.record.kind} ${issue.record.id} ` : ''}${issue.file ? `${issue.file} ` : ''}${issue.path}: ${clip(issue.message, 300)}`,
        )
      // Rows or records refused are errors (1); a dataset that cannot be opened could not run (2).
      const refused =
        error.code === 'VALIDATION' && error.issues.length > 0 && !(error instanceof CannotOpenDataset)
      return refused ? EXIT.errors : EXIT.failed
    }
    io.err(`heritage-curator ${command}: ${(error as Error).stack ?? String(error)}`)
    return EXIT.failed
  }
}

/** How long a cancelled job may take to clean up before the process ends all the same. */
const CANCEL_GRACE_MS = 30_000

/**
 * Entry point. Ctrl-C (or SIGTERM) cancels the job: an import or export stops between steps and
 * removes what it had begun (nothing half-written stays); a second Ctrl-C, or a job that cannot
 * stop in time (a system call that never returns), ends the process at once. A reader that closes stdout
 * (`| head`) stops the job quietly instead of an EPIPE crash.
 */
export async function run(): Promise<void> {
  const controller = new AbortController()
  const cancel = (exitCode: number) => {
    if (controller.signal.aborted) process.exit(exitCode) // asked twice: stop at once
    controller.abort()
    setTimeout(() => process.exit(exitCode), CANCEL_GRACE_MS).unref()
  }
  process.on('SIGINT', () => cancel(130))
  process.on('SIGTERM', () => cancel(143))
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    stdoutState.closed = true
    cancel(EXIT.failed)
  })
  process.exitCode = await main(process.argv.slice(2), consoleOutput, controller.signal)
}
