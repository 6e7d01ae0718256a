/**
 * Type-level tests of the IPC contract, run by `tsc` (npm run typecheck), not by Vitest: each
 * `@ts-expect-error` line must fail to compile, or tsc reports the directive as unused. They show
 * that main's handlers and the argument schemas are checked against `CuratorApi`.
 */
import type { ApiArgs } from '@shared/api'
import type { DatasetInfo } from '@shared/domain'
import type { ApiHandler, ApiHandlers } from './dispatch'
import { args, oneOf, Type, type ArgsSchema } from './schema-kit'

declare const handlers: ApiHandlers
declare const info: DatasetInfo

export const contractTypeTests = [
  // A handler that answers what the contract says compiles...
  { ...handlers, getDatasetInfo: async () => info } satisfies ApiHandlers,
  // @ts-expect-error -- ...one that answers anything else does not.
  { ...handlers, getDatasetInfo: async () => 42 } satisfies ApiHandlers,
  // @ts-expect-error -- a method missing from main's handlers fails too.
  { getDatasetInfo: handlers.getDatasetInfo } satisfies ApiHandlers,
  // @ts-expect-error -- and a handler that expects other arguments than the contract passes.
  (async (_kind: 'site', _id: number) => info) satisfies ApiHandler<'getRecord'>,
  // A null answer may be left undefined (dispatch sends null); a non-null one may not.
  (async () => undefined) satisfies ApiHandler<'openExternal'>,
  // @ts-expect-error -- getDatasetInfo's answer is never null.
  (async () => undefined) satisfies ApiHandler<'getDatasetInfo'>,

  // An argument schema that matches the contract's types compiles...
  args([oneOf(['site', 'source', 'property', 'statement']), Type.String()]) satisfies ArgsSchema<
    ApiArgs<'getRecord'>
  >,
  // @ts-expect-error -- ...one that checks a number where the contract passes a string does not,
  args([oneOf(['site', 'source', 'property', 'statement']), Type.Integer()]) satisfies ArgsSchema<
    ApiArgs<'getRecord'>
  >,
  // @ts-expect-error -- nor one that lets in fewer kinds than the contract allows,
  args([oneOf(['site', 'source']), Type.String()]) satisfies ArgsSchema<ApiArgs<'getRecord'>>,
  // @ts-expect-error -- nor one that makes an optional argument required.
  args([Type.Object({})]) satisfies ArgsSchema<ApiArgs<'findDuplicates'>>,
]
