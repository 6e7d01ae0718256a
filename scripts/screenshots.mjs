#!/usr/bin/env node
// `npm run screenshots [-- <spec or Playwright options>]`: builds the renderer, then runs the
// end-to-end tests with HC_SCREENSHOTS=1, the one run that writes e2e/screenshots/*.png (the
// README's images). `npm test` and a plain `npx playwright test` never write them.
import { spawnSync } from 'node:child_process'

const shell = process.platform === 'win32'
const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env, shell }).status ?? 1

const built = run('npx', ['electron-vite', 'build'])
if (built !== 0) process.exit(built)
const extra = process.argv.slice(2)
process.exit(
  run('npx', ['playwright', 'test', '--project=chromium', ...extra], { ...process.env, HC_SCREENSHOTS: '1' }),
)
