// The closing line of `npm test`, counted from what actually ran this time (see run-tests.mjs).

/** Vitest's JSON report: failed tests, plus files that failed without a failed test (a file that did not load). */
export function countVitest(report) {
  const files = report.testResults ?? []
  const filesFailedAlone = files.filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length
  const suitesFailedAlone = files.length > 0 ? filesFailedAlone : (report.numFailedTestSuites ?? 0)
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + suitesFailedAlone,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  }
}

/** Playwright's JSON report: unexpected results, plus the errors outside any test (config, setup, a worker). */
export function countPlaywright(report) {
  const stats = report.stats ?? {}
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors ?? []).length,
    skipped: stats.skipped ?? 0,
  }
}

const COUNTERS = { vitest: countVitest, playwright: countPlaywright }

/**
 * One line per step and the closing line. `outcomes` has one entry per step, in order:
 * `{ name, status: 'passed' | 'failed' | 'not run', report?: 'vitest' | 'playwright', data? }`,
 * where `data` is the step's report as written this run (undefined when it wrote none).
 * A step that failed counts at least one failure, so the line is never all-green when a check
 * failed (lint, the build, a test runner that crashed before its report).
 */
export function summarize(outcomes) {
  const total = { passed: 0, failed: 0, skipped: 0 }
  const lines = []
  for (const step of outcomes) {
    if (step.status === 'not run') {
      lines.push(`${step.name}: not run`)
      continue
    }
    let counts = { passed: 0, failed: 0, skipped: 0 }
    let note = ''
    if (step.report) {
      if (step.data) counts = COUNTERS[step.report](step.data)
      else note = ' (no report written)'
    }
    if (step.status === 'failed' && counts.failed === 0) counts = { ...counts, failed: 1 }
    total.passed += counts.passed
    total.failed += counts.failed
    total.skipped += counts.skipped
    lines.push(
      step.report || step.status === 'failed'
        ? `${step.name}: ${step.status}, ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${note}`
        : `${step.name}: ${step.status}`,
    )
  }
  lines.push(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
  return lines
}
