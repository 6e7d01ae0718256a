#!/usr/bin/env node
// `npm start` / `npm run dev`: builds and launches the app, or says plainly why it cannot.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

function electronBinary() {
  try {
    return require('electron') // the path of the binary, or a throw when it was never downloaded
  } catch {
    return undefined
  }
}

if (!electronBinary()) {
  console.error(`Heritage Curator cannot start: the Electron binary is not installed.

It is downloaded by electron's install script, which was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD=1)
or could not reach its download host. On a machine that can reach it, run:

    node node_modules/electron/install.js

then npm start again. Without the binary you can still run the tests (npm test): they drive the
same interface in Chromium, bridged to the real main-process code.`)
  process.exit(1)
}

const dev = process.argv.includes('--dev')
const run = (args) => spawnSync('npx', ['electron-vite', ...args], { stdio: 'inherit' }).status ?? 1
process.exit(dev ? run(['dev']) : run(['build']) || run(['preview']))
