import { spawnSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../tests/support/temp-dataset'
import { countPlaywright, countVitest, summarize } from './test-summary.mjs'

const SCRIPT = path.join(import.meta.dirname, 'run-tests.mjs')

/** A step that writes `report` (JSON) to `file`, then exits with `code`. */
function fakeStep(name: string, code: number, file?: string, report?: unknown, kind?: string) {
  const write = file
    ? `require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(JSON.stringify(report))});`
    : ''
  return {
    name,
    command: process.execPath,
    args: ['-e', `${write}process.exit(${code})`],
    ...(kind ? { report: kind } : {}),
  }
}

const vitestReport = (passed: number, failed: number, extra: object = {}) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [],
  ...extra,
})
const playwrightReport = (expected: number, unexpected: number, errors: unknown[] = []) => ({
  stats: { expected, unexpected, flaky: 0, skipped: 1 },
  errors,
})

/** Runs the real run-tests.mjs in a temp folder over fake steps; answers its output's lines. */
async function runWith(steps: object[], leftovers = false) {
  const cwd = await tempDir('hc-run-tests-')
  await mkdir(path.join(cwd, 'test-results'))
  if (leftovers) {
    // An earlier, green run's reports: never to be counted again.
    await writeFile(path.join(cwd, 'test-results/vitest.json'), JSON.stringify(vitestReport(400, 0)))
    await writeFile(path.join(cwd, 'test-results/playwright.json'), JSON.stringify(playwrightReport(90, 0)))
  }
  const stepsFile = path.join(cwd, 'steps.json')
  await writeFile(stepsFile, JSON.stringify(steps))
  const run = spawnSync(process.execPath, [SCRIPT], {
    cwd,
    env: { ...process.env, RUN_TESTS_STEPS: stepsFile },
    encoding: 'utf8',
  })
  const lines = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  return { status: run.status, lines, last: run.stdout.trim().split('\n').at(-1), cwd }
}

describe('npm test’s closing line (scripts/run-tests.mjs)', () => {
  it('after a lint failure, counts the failure and not an earlier run’s reports, and says what did not run', async () => {
    const run = await runWith(
      [
        fakeStep('lint', 1),
        fakeStep('unit tests', 0, 'test-results/vitest.json', vitestReport(3, 0), 'vitest'),
        fakeStep('end-to-end tests', 0, 'test-results/playwright.json', playwrightReport(2, 0), 'playwright'),
      ],
      true,
    )
    expect(run.status).toBe(1)
    expect(run.last).toBe('0 passed, 1 failed, 0 skipped')
    expect(run.lines).toContain('unit tests: not run')
    expect(run.lines).toContain('end-to-end tests: not run')
  })

  it('counts a Vitest file that failed to load, and Playwright’s errors outside any test', async () => {
    const broken = vitestReport(5, 0, {
      numFailedTestSuites: 1,
      testResults: [
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
        { status: 'failed', message: 'SyntaxError', assertionResults: [] },
      ],
    })
    const vitestFails = await runWith([
      fakeStep('unit tests', 1, 'test-results/vitest.json', broken, 'vitest'),
    ])
    expect(vitestFails.last).toBe('5 passed, 1 failed, 0 skipped')
    const setupError = playwrightReport(4, 0, [{ message: 'globalSetup threw' }])
    const e2eFails = await runWith([
      fakeStep('unit tests', 0, 'test-results/vitest.json', vitestReport(5, 0), 'vitest'),
      fakeStep('end-to-end tests', 1, 'test-results/playwright.json', setupError, 'playwright'),
    ])
    expect(e2eFails.last).toBe('9 passed, 1 failed, 1 skipped')
  })

  it('adds both runners’ counts when everything passes', async () => {
    const run = await runWith([
      fakeStep('typecheck', 0),
      fakeStep('unit tests', 0, 'test-results/vitest.json', vitestReport(7, 0), 'vitest'),
      fakeStep('end-to-end tests', 0, 'test-results/playwright.json', playwrightReport(2, 0), 'playwright'),
    ])
    expect(run.status).toBe(0)
    expect(run.last).toBe('9 passed, 0 failed, 1 skipped')
    expect(JSON.parse(await readFile(path.join(run.cwd, 'test-results/vitest.json'), 'utf8'))).toMatchObject({
      numPassedTests: 7,
    })
  })

  it('counts a runner that died before writing its report as a failure', () => {
    expect(summarize([{ name: 'unit tests', status: 'failed', report: 'vitest' }]).at(-1)).toBe(
      '0 passed, 1 failed, 0 skipped',
    )
    expect(countVitest({ numPassedTests: 1, numFailedTests: 2, numFailedTestSuites: 3 })).toMatchObject({
      failed: 5,
    })
    expect(countPlaywright({ stats: { expected: 1 }, errors: [{}, {}] })).toMatchObject({
      passed: 1,
      failed: 2,
    })
  })
})
