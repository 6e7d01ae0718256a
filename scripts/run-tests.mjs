#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failure, and closing
// with one plain line "N passed, N failed, N skipped" counted from this run's reports only
// (scripts/test-summary.mjs). RUN_TESTS_STEPS names a JSON file of other steps (its own test).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { summarize } from './test-summary.mjs'

const REPORTS = { vitest: 'test-results/vitest.json', playwright: 'test-results/playwright.json' }

const DEFAULT_STEPS = [
  {
    name: 'generated types match schemas',
    command: 'npx',
    args: ['tsx', 'scripts/generate-types.ts', '--check'],
  },
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'format', command: 'npx', args: ['prettier', '--check', '--log-level', 'warn', '.'] },
  {
    name: 'security scan (Electronegativity)',
    command: 'npx',
    args: ['tsx', 'scripts/packaging/security-scan.ts'],
  },
  {
    name: 'unit tests',
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS.vitest}`],
    report: 'vitest',
  },
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build'] },
  {
    name: 'built renderer CSP',
    command: 'npx',
    args: ['tsx', 'scripts/packaging/csp.ts', 'out/renderer/index.html'],
  },
  { name: 'packaging smoke test', command: 'npx', args: ['tsx', 'scripts/packaging/package-smoke.ts'] },
  { name: 'end-to-end tests', command: 'npx', args: ['playwright', 'test'], report: 'playwright' },
]

const steps = process.env.RUN_TESTS_STEPS
  ? JSON.parse(readFileSync(process.env.RUN_TESTS_STEPS, 'utf8'))
  : DEFAULT_STEPS

// A report left by an earlier run must never be counted as this run's.
mkdirSync('test-results', { recursive: true })
for (const file of Object.values(REPORTS)) rmSync(file, { force: true })

const readReport = (kind) => {
  try {
    return existsSync(REPORTS[kind]) ? JSON.parse(readFileSync(REPORTS[kind], 'utf8')) : undefined
  } catch {
    return undefined
  }
}

const outcomes = []
let failedStep
for (const step of steps) {
  if (failedStep) {
    outcomes.push({ name: step.name, status: 'not run' })
    continue
  }
  console.log(`\n▶ ${step.name}`)
  const { status } = spawnSync(step.command, step.args, { stdio: 'inherit' })
  const outcome = { name: step.name, status: status === 0 ? 'passed' : 'failed' }
  if (step.report) Object.assign(outcome, { report: step.report, data: readReport(step.report) })
  outcomes.push(outcome)
  if (status !== 0) failedStep = step.name
}

const lines = summarize(outcomes)
console.log(`\n${lines.slice(0, -1).join('\n')}`)
if (failedStep) console.error(`\n✗ npm test stopped: ${failedStep} failed.`)
console.log(`\n${lines.at(-1)}`)
process.exit(failedStep ? 1 : 0)
