import { existsSync, readdirSync } from 'node:fs'
import { Repository } from '../git/repository'
import { parseRemote } from './remote-url'

/**
 * A shared folder that does not exist yet, or is empty, is made a bare repository: the first
 * push fills it. A folder with anything else in it is left alone (setRemote then says what is wrong).
 */
export async function prepareFolderRemote(remote: string): Promise<void> {
  const info = parseRemote(remote)
  if (info.transport === 'folder' && (!existsSync(info.url) || readdirSync(info.url).length === 0))
    await Repository.init(info.url, { bare: true })
}
