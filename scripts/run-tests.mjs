#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failure, and closing
// with one plain line "N passed, N failed, N skipped" over the unit and end-to-end tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const steps = [
  ['generated types match schemas', 'npx', ['tsx', 'scripts/generate-types.ts', '--check']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['security scan (Electronegativity)', 'npx', ['tsx', 'scripts/packaging/security-scan.ts']],
  [
    'unit tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'],
  ],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['built renderer CSP', 'npx', ['tsx', 'scripts/packaging/csp.ts', 'out/renderer/index.html']],
  ['packaging smoke test', 'npx', ['tsx', 'scripts/packaging/package-smoke.ts']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
]

mkdirSync('test-results', { recursive: true })
let failedStep
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  if (status !== 0) {
    failedStep = name
    break
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 }
if (existsSync('test-results/vitest.json')) {
  const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
  counts.passed += v.numPassedTests
  counts.failed += v.numFailedTests
  counts.skipped += v.numPendingTests + v.numTodoTests
}
if (existsSync('test-results/playwright.json') && failedStep !== 'unit tests') {
  const { stats } = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'))
  counts.passed += stats.expected + stats.flaky
  counts.failed += stats.unexpected
  counts.skipped += stats.skipped
}
if (failedStep) console.error(`\n✗ npm test stopped: ${failedStep} failed.`)
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(failedStep ? 1 : 0)
