import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadAllowList, review, type AllowList, type Finding } from '../../scripts/packaging/security-scan'

const ROOT = path.resolve(import.meta.dirname, '../..')
const finding = (over: Partial<Finding>): Finding => ({
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'src/main/window.ts',
  line: 9,
  source: 'await shell.openExternal(url)',
  severity: 'MEDIUM',
  confidence: 'TENTATIVE',
  description: 'Review the use of openExternal',
  ...over,
})
const list = (allowed: AllowList['allowed']): AllowList => ({ excludedChecks: [], allowed })

describe('the Electronegativity allow-list', () => {
  it('allows a reviewed finding on the same line text, wherever the line moved', () => {
    const entry = {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'src/main/window.ts',
      source: 'await shell.openExternal(url)',
      reason: 'checked',
    }
    const result = review([finding({ line: 40 })], list([entry]))
    expect(result.unreviewed).toEqual([])
    expect(result.allowed).toHaveLength(1)
  })

  it('treats a changed line, another file or another check as new', () => {
    const entry = {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'src/main/window.ts',
      source: 'await shell.openExternal(url)',
      reason: 'checked',
    }
    const findings = [
      finding({ source: 'await shell.openExternal(anything)' }),
      finding({ file: 'src/main/index.ts' }),
      finding({ check: 'SANDBOX_JS_CHECK' }),
    ]
    expect(review(findings, list([entry])).unreviewed).toHaveLength(3)
  })

  it('matches file globs, and any line when the entry gives none', () => {
    const entry = {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'src/renderer/**',
      reason: 'the renderer only asks main',
    }
    const result = review(
      [finding({ file: 'src/renderer/src/lib/api.ts' }), finding({ file: 'src/rendererX.ts' })],
      list([entry]),
    )
    expect(result.allowed.map((a) => a.finding.file)).toEqual(['src/renderer/src/lib/api.ts'])
    expect(result.unreviewed.map((f) => f.file)).toEqual(['src/rendererX.ts'])
  })

  it('reports entries that no longer match anything', () => {
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'src/gone.ts', reason: 'was reviewed' }
    expect(review([], list([entry])).stale).toEqual([entry])
  })

  it('refuses an entry without a reason', () => {
    expect(() => review([], list([{ check: 'X', file: 'y', reason: ' ' }]))).toThrow(/without a reason/)
  })

  it('is a reviewed file: every entry and every check left out gives its reason', () => {
    const allowList = loadAllowList(ROOT)
    for (const entry of [...allowList.allowed, ...allowList.excludedChecks]) {
      expect(entry.reason.length, JSON.stringify(entry)).toBeGreaterThan(20)
    }
  })
})
