import type { ApiArgs, ApiMethod, ApiValue } from '@shared/api'
import type { Result } from '@shared/result'
import { CuratorError } from '../dataset/errors'
import { checkArguments } from './arguments'

/**
 * Main's side of one call, typed from the contract: it takes the call's checked arguments and
 * answers exactly what `CuratorApi` promises (a wrong answer fails to compile; see
 * contract.type-test.ts). `undefined` stands for `null`: dispatch sends null.
 */
export type ApiHandler<M extends ApiMethod> = (
  ...args: ApiArgs<M>
) => Promise<ApiValue<M> | (null extends ApiValue<M> ? undefined : never)>

/** Main's side of the API: one handler per method of the contract. */
export type ApiHandlers = { [M in ApiMethod]: ApiHandler<M> }

/** Calls a handler by name with arguments from the other side of a process boundary. */
export type Dispatch = (method: string, args: unknown) => Promise<Result<unknown>>

function trimTrailing(args: unknown[]): unknown[] {
  let end = args.length
  while (end > 0 && args[end - 1] === undefined) end -= 1
  return args.slice(0, end)
}

/**
 * The one door into main: checks the method and its arguments, runs the handler, and turns any
 * failure into `{ ok: false, error }`. Electron's IPC and the e2e bridge both call through it.
 */
export function createDispatch(
  handlers: ApiHandlers,
  log: (error: unknown) => void = console.error,
): Dispatch {
  return async (method, rawArgs) => {
    // An omitted optional argument may arrive as a trailing undefined (or null, over some bridges).
    const args = Array.isArray(rawArgs) ? trimTrailing(rawArgs) : rawArgs
    const issues = checkArguments(method, args)
    if (issues.length > 0) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: issues[0]?.message ?? 'Invalid call.', issues },
      }
    }
    try {
      // The arguments passed checkArguments, whose schemas are tied to the contract's types.
      const handler = handlers[method as ApiMethod] as (...a: unknown[]) => Promise<unknown>
      return { ok: true, value: (await handler(...(args as unknown[]))) ?? null }
    } catch (error) {
      if (error instanceof CuratorError) {
        const { code, message, issues, path, folderToken } = error
        const about = { ...(path ? { path } : {}), ...(folderToken ? { folderToken } : {}) }
        return { ok: false, error: { code, message, issues, ...about } }
      }
      log(error)
      const message = error instanceof Error ? error.message : String(error)
      const code = (error as NodeJS.ErrnoException)?.code ? 'IO' : 'INTERNAL'
      return { ok: false, error: { code, message, issues: [] } }
    }
  }
}
