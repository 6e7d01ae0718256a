import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Why the Electron binary cannot be launched here, or null when it can. `require('electron')`
 * answers the binary's path from `node_modules/electron/path.txt`, which the package's install
 * script writes only after it has downloaded and unpacked the binary.
 */
export function electronBinaryProblem(): string | null {
  let executable: unknown
  try {
    executable = createRequire(import.meta.url)('electron')
  } catch {
    return 'node_modules/electron/path.txt is missing'
  }
  if (typeof executable !== 'string' || !existsSync(executable)) {
    return `${String(executable)} does not exist`
  }
  return null
}

/** The skip reason the run prints: what did not happen, why, and how to get the binary. */
export function electronSkipReason(problem: string): string {
  const cause = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
    ? 'ELECTRON_SKIP_BINARY_DOWNLOAD is set'
    : "electron's install script did not download it: ELECTRON_SKIP_BINARY_DOWNLOAD was set, install scripts were skipped, or the Electron download host was out of reach"
  return (
    `Electron binary not installed (${problem}; ${cause}), so the real app was not launched. ` +
    'To install it, run `node node_modules/electron/install.js` with ELECTRON_SKIP_BINARY_DOWNLOAD unset ' +
    '(a normal `npm install` runs it). The chromium project drives the same renderer against the real ' +
    'main-process handlers.'
  )
}
