export interface Counts {
  passed: number
  failed: number
  skipped: number
}
export interface StepOutcome {
  name: string
  status: 'passed' | 'failed' | 'not run'
  report?: 'vitest' | 'playwright'
  data?: unknown
}
export function countVitest(report: object): Counts
export function countPlaywright(report: object): Counts
export function summarize(outcomes: StepOutcome[]): string[]
