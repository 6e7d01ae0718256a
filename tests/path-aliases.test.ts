import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { pathAliases } from '../path-aliases'

const ROOT = path.resolve(import.meta.dirname, '..')

/** `paths` of tsconfig.base.json as alias → folder (the form path-aliases.ts uses). */
function tsconfigAliases(): Record<string, string> {
  const file = path.join(ROOT, 'tsconfig.base.json')
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile)
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'))
  const paths = (config.compilerOptions.paths ?? {}) as Record<string, string[]>
  return Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => [
      alias.replace(/\/\*$/, ''),
      path.resolve(ROOT, (target ?? '').replace(/\/\*$/, '')),
    ]),
  )
}

// An alias the type checker knows but a build does not (or the reverse) passes `npm run
// typecheck` and fails only in the build, or in the one bundle that imports it.
describe('path aliases', () => {
  it('are the same in tsconfig.base.json and path-aliases.ts (the Vite builds and vitest)', () => {
    expect(pathAliases).toEqual(tsconfigAliases())
  })
})
