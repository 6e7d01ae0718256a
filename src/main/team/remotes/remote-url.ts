/**
 * Where a team's shared copy may live: an http(s) git server, or a bare repository in a folder
 * (a shared drive). Anything else is refused with a reason, before any connection is made:
 * other schemes (ssh, git, file, ext::) and URLs that carry credentials (a token in a URL ends up
 * in logs, shell history and .git/config; the app passes it through onAuth instead).
 */
import path from 'node:path'
import type { RemoteInfo } from '@shared/team'
import { CuratorError } from '../../dataset/errors'

function refuse(input: string, why: string): never {
  const shown = input.replace(/\/\/[^/@]*@/, '//…@') // never echo credentials back
  throw new CuratorError('VALIDATION', `The remote “${shown}” cannot be used: ${why}`)
}

/** Checks a remote as typed by the curator; answers it with its transport. */
export function parseRemote(input: string): RemoteInfo {
  const url = input.trim()
  if (url === '') refuse(input, 'give an https:// URL or the path of a shared folder.')
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[a-z][a-z0-9+.-]*::/i.test(url)) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      refuse(input, 'it is not a well-formed URL.')
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      refuse(input, `only http and https servers are supported, not ${parsed.protocol.replace(':', '')}.`)
    if (parsed.username || parsed.password)
      refuse(input, 'it holds a user name or token; remove it: the app asks for the token and keeps it safe.')
    if (!parsed.hostname) refuse(input, 'it names no server.')
    if (parsed.hash || parsed.search) refuse(input, 'a git server URL has no ?query or #fragment.')
    return { url, transport: 'http' }
  }
  if (/^[a-z0-9.-]+@[^:]+:/i.test(url)) refuse(input, 'ssh remotes are not supported: use the https URL.')
  if (!path.isAbsolute(url) && !path.win32.isAbsolute(url))
    refuse(input, 'a folder must be given as a full path (for example /mnt/team/heritage.git).')
  return { url, transport: 'folder' }
}
