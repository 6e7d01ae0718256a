import { describe, expect, it } from 'vitest'
import type { CitationCoverage, ProblemsPage, Site, Statement } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import { sampleServices, snapshotFolder } from '../support/temp-dataset'

describe('review workflow', () => {
  it('refuses to approve a record while an error stands, and saves it as a draft', async () => {
    const { call, dispatch, datasetPath } = await sampleServices()
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    const before = await snapshotFolder(datasetPath)
    const refused = await dispatch('saveRecord', [
      'site',
      { ...site, yearInscribed: 1975, status: 'approved' },
    ])
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'The site was not approved: 1 problem to fix.',
        issues: [{ rule: 'site.inscribed-before-1978' }],
      },
    })
    expect(await snapshotFolder(datasetPath)).toEqual(before)
    const draft = (
      await call<{ record: Site }>('saveRecord', 'site', { ...site, yearInscribed: 1975, status: 'draft' })
    ).record
    expect(draft.yearInscribed).toBe(1975)
  })

  it('checks a draft as the curator types, without saving', async () => {
    const { call, datasetPath } = await sampleServices()
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    const before = await snapshotFolder(datasetPath)
    const issues = await call<ValidationIssue[]>('validateDraft', 'site', { ...site, location: undefined })
    expect(issues.map((i) => [i.rule, i.severity, i.path])).toEqual([
      ['site.has-location', 'warning', '/location'],
    ])
    expect(await snapshotFolder(datasetPath)).toEqual(before)
  })

  it('acknowledges a warning with a reason and the curator’s name; an error cannot be', async () => {
    const { call, dispatch } = await sampleServices()
    await call('savePreferences', { curatorName: 'Lin' })
    const statement = await call<Statement>('getRecord', 'statement', 'stmt-cn-party-to-convention-since')
    await call('saveRecord', 'statement', { ...statement, references: [] })
    await call(
      'acknowledgeIssue',
      'statement',
      statement.id,
      'statement.citation-needed',
      '/references',
      'Common knowledge',
    )
    const [issue] = await call<ValidationIssue[]>(
      'validateDraft',
      'statement',
      await call('getRecord', 'statement', statement.id),
    )
    expect(issue).toMatchObject({
      rule: 'statement.citation-needed',
      acknowledged: { reason: 'Common knowledge', by: 'Lin' },
    })
    const site = await call<Site>('getRecord', 'site', 'whc-440')
    await call('saveRecord', 'site', { ...site, yearInscribed: 1975, status: 'draft' })
    const refused = await dispatch('acknowledgeIssue', [
      'site',
      'whc-440',
      'site.inscribed-before-1978',
      '/yearInscribed',
      'x',
    ])
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('problems and coverage', () => {
  it('lists the sample’s problems by severity and rule, and filters them', async () => {
    const { call } = await sampleServices()
    const all = await call<ProblemsPage>('listProblems', {})
    const byRule = Object.fromEntries(all.byRule.map((r) => [r.rule, r.count]))
    // Six sample sites have no Chinese name.
    expect(byRule['site.name-in-required-languages']).toBe(6)
    expect(all.bySeverity.error).toBe(0)
    const filtered = await call<ProblemsPage>('listProblems', {
      rule: 'site.name-in-required-languages',
      limit: 2,
    })
    expect(filtered).toMatchObject({ total: 6 })
    expect(filtered.rows).toHaveLength(2)
    expect(filtered.rows[0]).toMatchObject({
      record: { kind: 'site' },
      path: '/name/zh',
      severity: 'suggestion',
    })
  })

  it('updates after an edit, and measures citation coverage', async () => {
    const { call } = await sampleServices()
    expect(await call<CitationCoverage>('getCoverage')).toEqual({ statements: 23, referenced: 23 })
    const statement = await call<Statement>('getRecord', 'statement', 'stmt-cn-party-to-convention-since')
    await call('saveRecord', 'statement', { ...statement, references: [] })
    expect(await call<CitationCoverage>('getCoverage', { kind: 'country', code: 'CN' })).toEqual({
      statements: 6,
      referenced: 5,
    })
    const page = await call<ProblemsPage>('listProblems', { rule: 'statement.citation-needed' })
    expect(page.rows.map((r) => r.record.id)).toEqual([statement.id])
  })
})
