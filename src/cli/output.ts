/** Where the CLI writes: injectable so that tests read what it says. */
export interface Output {
  out(line: string): void
  err(line: string): void
}

/**
 * The process's own streams. Once stdout is closed by its reader (`| head`), lines to it are
 * dropped: the command stops quietly instead of dying of EPIPE (see `run`).
 */
export const stdoutState = { closed: false }

export const consoleOutput: Output = {
  out: (line) => {
    if (!stdoutState.closed) process.stdout.write(`${line}\n`)
  },
  err: (line) => process.stderr.write(`${line}\n`),
}

/** Exit statuses: 0 done; 1 errors stand (validate) or rows were refused (import); 2 could not run. */
export const EXIT = { ok: 0, errors: 1, failed: 2 } as const

/** What the CLI echoes of a value from a file: never more than a line (a 50 MB name is cut). */
export function clip(text: string, max = 120): string {
  const line = text.replace(/[\r\n\t]+/g, ' ')
  return line.length <= max ? line : `${line.slice(0, max)}… (${line.length.toLocaleString('en')} characters)`
}
