#!/usr/bin/env node
// The heritage-curator command. In a checkout (src/ and the tsx dev dependency present) it runs
// the TypeScript sources through tsx, so it is never stale; in a build without them it runs the
// bundle that `npm run build:cli` writes to out/cli/index.js.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const source = new URL('../src/cli/index.ts', import.meta.url)
const built = new URL('../out/cli/index.js', import.meta.url)
// The repo's tsconfig, named: tsx would look for one in the current folder, and the sources'
// path aliases (@shared/*) live in this one, wherever the command is run from.
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url))

async function load() {
  if (existsSync(fileURLToPath(source))) {
    let tsx
    try {
      tsx = await import('tsx/esm/api')
    } catch (error) {
      // No tsx (an install without dev dependencies): use the bundle below.
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error
    }
    if (tsx) return tsx.tsImport(source.href, { parentURL: import.meta.url, tsconfig })
  }
  if (!existsSync(fileURLToPath(built))) {
    console.error('heritage-curator: not built. Run `npm ci` (for tsx) or `npm run build:cli` first.')
    process.exit(2)
  }
  return import(built.href)
}

const cli = await load()
await cli.run()
