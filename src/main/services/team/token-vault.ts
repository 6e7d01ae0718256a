/**
 * Tokens for https remotes. Never in a URL, the repository's config, a log or a file in clear:
 * the app keeps them encrypted with the system's keychain (Electron `safeStorage`, injected as
 * an `Encryptor`: this file never imports Electron); where no keychain is available, for the
 * session only, in memory. Tests and the e2e bridge use the memory vault.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { nodeDisk } from '../../dataset/fs/disk'
import { writeFileDurably } from '../../dataset/fs/durable-write'

export interface KeptToken {
  token: string
  /** The user name the server wants with it (default: any; servers read the token). */
  username?: string
}

export interface TokenVault {
  get(remote: string): Promise<KeptToken | undefined>
  set(remote: string, kept: KeptToken): Promise<void>
  forget(remote: string): Promise<void>
}

/** What Electron's safeStorage offers, as far as the vault needs it. */
export interface Encryptor {
  /** False where the only "encryption" is a fixed key (Linux without a keyring): then memory only. */
  available(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

export function memoryVault(): TokenVault {
  const kept = new Map<string, KeptToken>()
  return {
    get: async (remote) => kept.get(remote),
    set: async (remote, token) => void kept.set(remote, token),
    forget: async (remote) => void kept.delete(remote),
  }
}

/** Tokens encrypted into `file` (remote → base64 of the encrypted JSON), or memory without a keychain. */
export function encryptedVault(file: string, encryptor: Encryptor): TokenVault {
  const session = memoryVault()
  const read = async (): Promise<Record<string, string>> => {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {}
    } catch {
      return {}
    }
  }
  const write = async (all: Record<string, string>) => {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFileDurably(nodeDisk, file, `${JSON.stringify(all, null, 2)}\n`)
  }
  return {
    async get(remote) {
      const inMemory = await session.get(remote)
      if (inMemory || !encryptor.available()) return inMemory
      const sealed = (await read())[remote]
      if (!sealed) return undefined
      try {
        return JSON.parse(encryptor.decryptString(Buffer.from(sealed, 'base64'))) as KeptToken
      } catch {
        return undefined // sealed by another user or machine: ask again
      }
    },
    async set(remote, kept) {
      if (!encryptor.available()) return session.set(remote, kept)
      const all = await read()
      all[remote] = encryptor.encryptString(JSON.stringify(kept)).toString('base64')
      await write(all)
    },
    async forget(remote) {
      await session.forget(remote)
      const all = await read()
      if (!(remote in all)) return
      delete all[remote]
      await write(all)
    },
  }
}
