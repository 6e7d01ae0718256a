import { describe, expect, it } from 'vitest'
import type { Site } from '@shared/domain'
import { filledFields, strongerClaim } from './claim'

/** The Great Wall as the sample holds it: imported, approved, 2024. */
const wall: Site = {
  id: 'whc-438',
  unescoId: 438,
  name: { en: 'The Great Wall', zh: '长城' },
  statesParties: ['CN'],
  regions: ['Asia and the Pacific'],
  category: 'cultural',
  criteria: ['i', 'ii', 'iii', 'iv', 'vi'],
  yearInscribed: 1987,
  inDanger: false,
  transboundary: false,
  location: { latitude: 40.41667, longitude: 116.08333 },
  status: 'approved',
  createdAt: '2024-07-31T00:00:00.000Z',
  updatedAt: '2024-07-31T00:00:00.000Z',
}

/** The same place typed in again later, as a draft, under an opaque id. */
const copy: Site = {
  ...wall,
  id: 'site-0a1b2c3d4e',
  name: { en: 'Great wall', fr: 'La Grande Muraille' },
  status: 'draft',
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
}

describe('the stronger claim of two duplicates', () => {
  it('keeps the approved, older record with the stable id over a new draft, in either order', () => {
    for (const [a, b] of [
      [wall, copy],
      [copy, wall],
    ] as const) {
      const claim = strongerClaim(a, b)
      expect(claim.keep).toBe('whc-438')
      expect(claim.other).toBe('site-0a1b2c3d4e')
      expect(claim.reasons).toEqual([
        { kind: 'status', kept: 'approved', other: 'draft' },
        { kind: 'older', kept: '2024-07-31T00:00:00.000Z', other: '2026-11-30T10:00:00.000Z' },
        { kind: 'stableId', id: 'whc-438' },
      ])
    }
  })

  it('approval decides before age: an approved newer record is kept over an older draft', () => {
    const oldDraft = { ...wall, status: 'draft' as const }
    const newApproved = { ...copy, status: 'approved' as const }
    const claim = strongerClaim(oldDraft, newApproved)
    expect(claim.keep).toBe(newApproved.id)
    // Only what the kept one wins is given as a reason; its being newer is not one.
    expect(claim.reasons).toEqual([{ kind: 'status', kept: 'approved', other: 'draft' }])
  })

  it('between two drafts of the same age, the fuller one wins, then the stable id', () => {
    const same = { status: 'draft' as const, createdAt: '2025-01-01T00:00:00.000Z' }
    const sparse: Site = { ...wall, ...same, id: 'whc-438', location: undefined, areaHectares: undefined }
    const full: Site = { ...copy, ...same, areaHectares: 2151.55 }
    expect(filledFields(full)).toBeGreaterThan(filledFields(sparse))
    const byFields = strongerClaim(sparse, full)
    expect(byFields.keep).toBe(full.id)
    expect(byFields.reasons).toEqual([
      { kind: 'fields', kept: filledFields(full), other: filledFields(sparse) },
    ])

    const twin: Site = { ...sparse, id: 'site-ffff' }
    const byId = strongerClaim(twin, sparse)
    expect(byId.keep).toBe('whc-438')
    expect(byId.reasons).toEqual([{ kind: 'stableId', id: 'whc-438' }])
  })

  it('two records alike in every claim keep the first by id, with no reasons', () => {
    const twin: Site = { ...wall, id: 'whc-438-b', unescoId: undefined }
    const plain: Site = { ...wall, id: 'whc-438-a', unescoId: undefined }
    expect(strongerClaim(twin, plain)).toEqual({ keep: 'whc-438-a', other: 'whc-438-b', reasons: [] })
  })

  it('counts each name language as a filled field, and not the bookkeeping', () => {
    expect(filledFields({ ...wall, name: { en: 'A' } })).toBe(filledFields(wall) - 1)
    expect(filledFields({ ...wall, status: 'draft', updatedAt: '2030-01-01T00:00:00.000Z' })).toBe(
      filledFields(wall),
    )
    expect(filledFields({ ...wall, criteria: [] })).toBe(filledFields(wall) - 1)
  })
})
