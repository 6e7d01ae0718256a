/**
 * The app's keeper of https tokens: Electron's safeStorage (the system keychain) seals them into
 * `team-tokens.json` in the user data folder. Where safeStorage has no real keychain (Linux
 * without one falls back to a fixed key, `basic_text`), tokens are kept in memory for the session
 * only, and the curator gives them again after a restart.
 */
import { safeStorage } from 'electron'
import path from 'node:path'
import { encryptedVault, type TokenVault } from '../services/team/token-vault'

export function keychainVault(userDataDir: string): TokenVault {
  return encryptedVault(path.join(userDataDir, 'team-tokens.json'), {
    available: () =>
      safeStorage.isEncryptionAvailable() &&
      (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (sealed) => safeStorage.decryptString(sealed),
  })
}
