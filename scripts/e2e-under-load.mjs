#!/usr/bin/env node
// `npm run test:e2e:load [-- --runs N --burners N <Playwright options>]`: builds the renderer,
// then runs the whole end-to-end suite N times in a row (default 3) while N processes (default 2)
// keep CPU cores busy beside it, and says how each run went. Flaky tests show here long before
// CI finds them. Exit status 1 when any run had a failure.
import { spawn } from 'node:child_process'
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

/**
 * The step running now. On POSIX it leads a process group of its own, so that stopping it stops
 * what npx started under it too (Playwright, its workers, their browsers).
 */
let current
function run(command, args) {
  return new Promise((done) => {
    current = spawn(command, args, { stdio: 'inherit', shell, detached: !shell })
    current.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)))
    current.on('error', () => done(1))
  })
}

function stop(child) {
  if (!child || child.exitCode !== null) return
  try {
    if (shell) child.kill()
    // SIGINT, as Ctrl+C in a terminal: Playwright then stops its workers and browsers itself.
    else process.kill(-child.pid, 'SIGINT')
  } catch {
    // Already gone.
  }
}

if ((await run('npx', ['electron-vite', 'build'])) !== 0) process.exit(1)

const burner =
  burners > 0
    ? spawn(process.execPath, [fileURLToPath(new URL('./cpu-burn.mjs', import.meta.url)), String(burners)], {
        stdio: 'inherit',
      })
    : undefined
const stopAll = () => {
  burner?.kill()
  stop(current)
}
process.on('exit', stopAll)
process.on('SIGINT', () => process.exit(130))
process.on('SIGTERM', () => process.exit(143))

mkdirSync('test-results', { recursive: true })
const results = []
for (let round = 1; round <= runs; round += 1) {
  console.log(`\n▶ e2e run ${round} of ${runs}, beside ${burners} busy processes`)
  rmSync(REPORT, { force: true })
  const started = Date.now()
  const status = await run('npx', ['playwright', 'test', ...playwrightArgs])
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  let line = `run ${round}: no report (Playwright exited with ${status})`
  let failed = status !== 0
  if (existsSync(REPORT)) {
    const { stats, errors = [] } = JSON.parse(readFileSync(REPORT, 'utf8'))
    copyFileSync(REPORT, `test-results/playwright-load-run-${round}.json`)
    failed = failed || stats.unexpected > 0 || stats.flaky > 0 || errors.length > 0
    line =
      `run ${round}: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ` +
      `${stats.skipped} skipped, ${errors.length} errors, in ${minutes} min`
  }
  results.push({ line, failed })
}
stopAll()

console.log('\ne2e under load:')
for (const { line, failed } of results) console.log(`  ${failed ? '✗' : '✓'} ${line}`)
process.exit(results.some((r) => r.failed) ? 1 : 0)
