/**
 * Identity through the API, as the site form uses it: a new site's duplicate UNESCO id is an error
 * while the curator types (naming the other site), it blocks approval, and a new site with a
 * UNESCO id gets the stable id imported sites have.
 */
import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import { sampleServices } from '../../../tests/support/temp-dataset'

const newSite = {
  name: { en: 'Mogao Caves (again)', zh: '莫高窟' },
  statesParties: ['CN'],
  regions: ['Asia and the Pacific'],
  category: 'cultural',
  criteria: ['i', 'ii'],
  inDanger: false,
  transboundary: false,
  location: { latitude: 40.13, longitude: 94.82 },
  status: 'draft',
}

describe('the identity of a new site', () => {
  it('a UNESCO id another site has is an error under the field, naming that site', async () => {
    const { call } = await sampleServices()
    const issues = await call<ValidationIssue[]>('validateDraft', 'site', { ...newSite, unescoId: 440 })
    expect(issues.filter((i) => i.rule === 'constraint.unique')).toEqual([
      expect.objectContaining({
        path: '/unescoId',
        severity: 'error',
        message: 'UNESCO id 440 is already used by “Mogao Caves”.',
        related: { kind: 'site', id: 'whc-440', label: 'Mogao Caves' },
      }),
    ])
    const free = await call<ValidationIssue[]>('validateDraft', 'site', { ...newSite, unescoId: 99001 })
    expect(free.filter((i) => i.rule === 'constraint.unique')).toEqual([])
    // Half typed (no criteria yet, which the schema requires): the duplicate is said already.
    const { criteria: _none, ...halfTyped } = newSite
    const early = await call<ValidationIssue[]>('validateDraft', 'site', { ...halfTyped, unescoId: 440 })
    expect(early.map((i) => `${i.rule} ${i.path}`)).toEqual([
      'schema.required /criteria',
      'constraint.unique /unescoId',
    ])
  })

  it('such a site may be kept as a draft, but not approved; both sites then name each other', async () => {
    const { call, dispatch } = await sampleServices()
    const refused = await dispatch('saveRecord', ['site', { ...newSite, unescoId: 440, status: 'approved' }])
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ rule: 'constraint.unique', path: '/unescoId' }] },
    })
    const draft = (await call<{ record: Site }>('saveRecord', 'site', { ...newSite, unescoId: 440 })).record
    // Not whc-440: that id is the other site's.
    expect(draft.id).toMatch(/^site-test-\d+$/)
    const problems = await call<{ rows: { record: { id: string }; related?: { id: string } }[] }>(
      'listProblems',
      { rule: 'constraint.unique' },
    )
    expect(problems.rows.map((p) => [p.record.id, p.related?.id]).sort()).toEqual([
      [draft.id, 'whc-440'],
      ['whc-440', draft.id],
    ])
    // The curator corrects the id: both problems go.
    await call('saveRecord', 'site', { ...draft, unescoId: 99002 })
    const after = await call<{ total: number }>('listProblems', { rule: 'constraint.unique' })
    expect(after.total).toBe(0)
  })

  it('gets the stable id whc-<UNESCO id>, or an id of its own when that one is taken', async () => {
    const { call } = await sampleServices()
    const listed = (await call<{ record: Site }>('saveRecord', 'site', { ...newSite, unescoId: 99003 }))
      .record
    expect(listed.id).toBe('whc-99003')
    const unlisted = (
      await call<{ record: Site }>('saveRecord', 'site', { ...newSite, name: { en: 'A national site' } })
    ).record
    expect(unlisted.id).toBe('site-test-1')
    const taken = (await call<{ record: Site }>('saveRecord', 'site', { ...newSite, unescoId: 440 })).record
    expect(taken.id).toBe('site-test-2')
  })

  it('a duplicate that shares the UNESCO id merges into the approved site: the merge is checked without it', async () => {
    const { call } = await sampleServices()
    const copy = (await call<{ record: Site }>('saveRecord', 'site', { ...newSite, unescoId: 440 })).record
    const preview = await call<{ issues: ValidationIssue[] }>('previewMerge', 'whc-440', copy.id)
    expect(preview.issues.filter((i) => i.rule === 'constraint.unique')).toEqual([])
    await call('mergeSites', 'whc-440', copy.id)
    const problems = await call<{ total: number }>('listProblems', { rule: 'constraint.unique' })
    expect(problems.total).toBe(0)
  })
})
