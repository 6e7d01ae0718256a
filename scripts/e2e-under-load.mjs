#!/usr/bin/env node
// `npm run test:e2e:load [-- --runs N --burners N <Playwright options>]`: builds the renderer,
// then runs the whole end-to-end suite N times in a row (default 3) while N processes (default 2)
// keep CPU cores busy beside it, and says how each run went. Flaky tests show here long before
// CI finds them. Exit status 1 when any run had a failure.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const shell = process.platform === 'win32'
const REPORT = 'test-results/playwright.json'

function option(name, fallback) {
  const at = process.argv.indexOf(name)
  if (at < 0) return fallback
  const value = Number(process.argv[at + 1])
  process.argv.splice(at, 2)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number.`)
  return value
}
const runs = option('--runs', 3)
const burners = option('--burners', 2)
const playwrightArgs = process.argv.slice(2)

if (spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell }).status !== 0) process.exit(1)

const burner =
  burners > 0
    ? spawn(process.execPath, [fileURLToPath(new URL('./cpu-burn.mjs', import.meta.url)), String(burners)], {
        stdio: 'inherit',
      })
    : undefined
const stopBurner = () => burner?.kill()
process.on('exit', stopBurner)
process.on('SIGINT', () => process.exit(130))
process.on('SIGTERM', () => process.exit(143))

mkdirSync('test-results', { recursive: true })
const results = []
for (let run = 1; run <= runs; run += 1) {
  console.log(`\n▶ e2e run ${run} of ${runs}, beside ${burners} busy processes`)
  rmSync(REPORT, { force: true })
  const started = Date.now()
  const { status } = spawnSync('npx', ['playwright', 'test', ...playwrightArgs], { stdio: 'inherit', shell })
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  let line = `run ${run}: no report (Playwright exited with ${status})`
  let failed = status !== 0
  if (existsSync(REPORT)) {
    const { stats, errors = [] } = JSON.parse(readFileSync(REPORT, 'utf8'))
    copyFileSync(REPORT, `test-results/playwright-load-run-${run}.json`)
    failed = failed || stats.unexpected > 0 || stats.flaky > 0 || errors.length > 0
    line =
      `run ${run}: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ` +
      `${stats.skipped} skipped, ${errors.length} errors, in ${minutes} min`
  }
  results.push({ line, failed })
}
stopBurner()

console.log('\ne2e under load:')
for (const { line, failed } of results) console.log(`  ${failed ? '✗' : '✓'} ${line}`)
process.exit(results.some((r) => r.failed) ? 1 : 0)
