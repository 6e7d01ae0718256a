/** Git's tree and commit objects, parsed and written (Documentation/gitformat-*.txt). */
import type { Person } from '@shared/team'
import { CuratorError } from '../../dataset/errors'

export const TREE_MODE = '40000'
export const FILE_MODE = '100644'

export interface TreeEntry {
  mode: string
  name: string
  oid: string
}

export function parseTree(content: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = []
  let at = 0
  while (at < content.length) {
    const space = content.indexOf(0x20, at)
    const nul = content.indexOf(0, space)
    if (space < 0 || nul < 0 || nul + 21 > content.length) throw new Error('A tree object is damaged.')
    entries.push({
      mode: content.toString('latin1', at, space),
      name: content.toString('utf8', space + 1, nul),
      oid: content.toString('hex', nul + 1, nul + 21),
    })
    at = nul + 21
  }
  return entries
}

/** Git orders entries by name, a folder's name as if it ended in `/`. */
function sortKey(entry: TreeEntry): string {
  return entry.mode === TREE_MODE ? `${entry.name}/` : entry.name
}

export function serializeTree(entries: TreeEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => {
    const [x, y] = [Buffer.from(sortKey(a)), Buffer.from(sortKey(b))]
    return Buffer.compare(x, y)
  })
  return Buffer.concat(
    sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.oid, 'hex')]),
  )
}

export interface Signature extends Person {
  /** Seconds since the epoch. */
  timestamp: number
  /** Minutes east of UTC. */
  timezoneOffset: number
}

export interface CommitObject {
  tree: string
  parents: string[]
  author: Signature
  committer: Signature
  message: string
}

function formatSignature(s: Signature): string {
  const sign = s.timezoneOffset < 0 ? '-' : '+'
  const minutes = Math.abs(s.timezoneOffset)
  const zone = `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`
  return `${s.name} <${s.email}> ${s.timestamp} ${zone}`
}

function parseSignature(text: string): Signature {
  const match = /^(.*) <(.*)> (\d+) ([+-])(\d\d)(\d\d)$/.exec(text)
  if (!match) return { name: text, email: '', timestamp: 0, timezoneOffset: 0 }
  const [, name, email, time, sign, hours, minutes] = match
  const offset = Number(hours) * 60 + Number(minutes)
  return {
    name: name ?? '',
    email: email ?? '',
    timestamp: Number(time),
    timezoneOffset: sign === '-' ? -offset : offset,
  }
}

export function serializeCommit(c: CommitObject): string {
  const lines = [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`)]
  lines.push(`author ${formatSignature(c.author)}`, `committer ${formatSignature(c.committer)}`)
  return `${lines.join('\n')}\n\n${c.message.endsWith('\n') ? c.message : `${c.message}\n`}`
}

export function parseCommit(content: Buffer): CommitObject {
  const text = content.toString('utf8')
  const split = text.indexOf('\n\n')
  const head = split < 0 ? text : text.slice(0, split)
  const message = split < 0 ? '' : text.slice(split + 2)
  const commit: CommitObject = {
    tree: '',
    parents: [],
    author: parseSignature(''),
    committer: parseSignature(''),
    message,
  }
  for (const line of head.split('\n')) {
    if (line.startsWith(' ')) continue // a continued header (a signature)
    const space = line.indexOf(' ')
    const [key, value] = [line.slice(0, space), line.slice(space + 1)]
    if (key === 'tree') commit.tree = value
    else if (key === 'parent') commit.parents.push(value)
    else if (key === 'author') commit.author = parseSignature(value)
    else if (key === 'committer') commit.committer = parseSignature(value)
  }
  if (!/^[0-9a-f]{40}$/.test(commit.tree)) throw new Error('A commit object is damaged (no tree).')
  return commit
}

/** A person as git writes them: no angle brackets or line breaks in the name or the e-mail. */
export function checkPerson(person: Person): Person {
  const bad = /[<>\n\r\0]/
  if (!person.name.trim() || bad.test(person.name) || bad.test(person.email))
    throw new CuratorError(
      'VALIDATION',
      'A commit needs an author: a name (and an e-mail) without <, > or line breaks.',
    )
  return { name: person.name.trim(), email: person.email.trim() }
}
