import type { Person } from '@shared/team'
import { CuratorError } from '../main/dataset/errors'

// Bad usage: the command could not run (exit status 2), and nothing was written.
const usage = (message: string) => new CuratorError('VALIDATION', `${message} (see heritage-curator --help)`)

/** The environment variable a script sets once instead of --author on every command. */
export const AUTHOR_ENV = 'HERITAGE_CURATOR_AUTHOR'

/** Who the command works for: the name history shows, and the e-mail commits need. */
export interface CliAuthor {
  name: string
  email?: string
}

const WITH_EMAIL = /^(.+?)\s*<([^<>]*)>$/

/** `Name <e-mail>` or `Name`; undefined when the text is no name (empty, or stray angle brackets). */
export function parseAuthor(text: string): CliAuthor | undefined {
  const trimmed = text.trim()
  const given = WITH_EMAIL.exec(trimmed)
  if (given) {
    const name = (given[1] as string).trim()
    const email = (given[2] as string).trim()
    return name ? { name, ...(email && { email }) } : undefined
  }
  return trimmed && !/[<>]/.test(trimmed) ? { name: trimmed } : undefined
}

/**
 * The author a command was given: --author, else $HERITAGE_CURATOR_AUTHOR. Never this machine's
 * account name: history would show a login ("jdoe") as a curator, and the curator never chose it.
 */
export function givenAuthor(flags: { author?: unknown }, env = process.env): CliAuthor | undefined {
  const [text, where] =
    typeof flags.author === 'string' ? [flags.author, '--author'] : [env[AUTHOR_ENV], AUTHOR_ENV]
  if (text === undefined || (where === AUTHOR_ENV && text.trim() === '')) return undefined
  const author = parseAuthor(text)
  if (!author) throw usage(`${where} takes "Name <e-mail>" or "Name", not “${text}”`)
  return author
}

/** For a command that records edits in the dataset's history: refuses, writing nothing, without one. */
export function requireAuthor(flags: { author?: unknown }, command: string): CliAuthor {
  const author = givenAuthor(flags)
  if (!author)
    throw usage(
      `${command} records who made its changes: give --author "Name <e-mail>" or set ${AUTHOR_ENV}; nothing was written`,
    )
  return author
}

/** For a command that makes git commits, which need an e-mail as well as a name. */
export function requireCommitter(flags: { author?: unknown }, command: string): Person {
  const author = requireAuthor(flags, command)
  if (!author.email)
    throw usage(
      `${command} makes git commits, which need an e-mail too: give --author "${author.name} <e-mail>"; nothing was written`,
    )
  return { name: author.name, email: author.email }
}
