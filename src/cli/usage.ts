import { CuratorError } from '../main/dataset/errors'

/** The command line's --flags, as parsed: a value, or true for a flag given bare. */
export type Flags = Record<string, string | boolean | undefined>

export const usage = (message: string) =>
  new CuratorError('VALIDATION', `${message} (see heritage-curator --help)`)
