/** Where the CLI writes: injectable so that tests read what it says. */
export interface Output {
  out(line: string): void
  err(line: string): void
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}

/** Exit statuses: 0 done; 1 errors stand (validate) or rows were refused (import); 2 could not run. */
export const EXIT = { ok: 0, errors: 1, failed: 2 } as const
