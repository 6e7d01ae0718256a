import { describe, expect, it } from 'vitest'
import type { Site, Source, Statement } from '@shared/domain'
import { mergeRecord } from './record-merge'

const AT = '2026-01-01T00:00:00.000Z'

function site(patch: Partial<Site> = {}): Site {
  return {
    id: 'site-1',
    name: { en: 'Mount Tai', zh: '泰山' },
    statesParties: ['CN'],
    regions: ['Asia and the Pacific'],
    category: 'mixed',
    criteria: ['i', 'ii', 'vii'],
    inDanger: false,
    transboundary: false,
    status: 'draft',
    location: { latitude: 36.26, longitude: 117.1 },
    createdAt: AT,
    updatedAt: AT,
    ...patch,
  }
}

function statement(patch: Partial<Statement> = {}): Statement {
  return {
    id: 'st-1',
    subject: { kind: 'site', id: 'site-1' },
    property: 'visitors-per-year',
    value: { type: 'quantity', amount: 100 },
    qualifiers: [{ property: 'point-in-time', value: { type: 'time', time: '+2023', precision: 'year' } }],
    references: [
      { source: 'src-a', quote: 'one hundred' },
      { source: 'src-b', locator: { label: 'page', value: '4' } },
    ],
    rank: 'normal',
    status: 'draft',
    createdAt: AT,
    updatedAt: AT,
    ...patch,
  }
}

describe('mergeRecord: whole records', () => {
  it('takes the side that changed, and either when both made the same change', () => {
    const base = site()
    const edited = site({ status: 'approved' })
    expect(mergeRecord('site', base, edited, base)).toEqual({ merged: edited, conflicts: [] })
    expect(mergeRecord('site', base, base, edited)).toEqual({ merged: edited, conflicts: [] })
    expect(mergeRecord('site', base, edited, edited)).toEqual({ merged: edited, conflicts: [] })
  })

  it('keeps a deletion against an unchanged record, and a deletion on both sides', () => {
    const base = site()
    expect(mergeRecord('site', base, null, base)).toEqual({ merged: null, conflicts: [] })
    expect(mergeRecord('site', base, base, null)).toEqual({ merged: null, conflicts: [] })
    expect(mergeRecord('site', base, null, null)).toEqual({ merged: null, conflicts: [] })
  })

  it('reports an edit against a delete as one conflict on the whole record', () => {
    const base = site()
    const edited = site({ reviewNote: 'checked' })
    const { merged, conflicts } = mergeRecord('site', base, edited, null)
    expect(conflicts).toEqual([{ path: '', reason: 'edit-delete', base, ours: edited }])
    expect(merged).toEqual(edited)
    const swapped = mergeRecord('site', base, null, edited)
    expect(swapped.conflicts).toEqual([{ path: '', reason: 'edit-delete', base, theirs: edited }])
    expect(swapped.merged).toBeNull()
  })

  it('adds a record added on one side, and the same record added on both', () => {
    expect(mergeRecord('site', null, site(), null).merged).toEqual(site())
    expect(mergeRecord('site', null, site(), site())).toEqual({ merged: site(), conflicts: [] })
  })

  it('merges a record both sides added with the same id field by field, each difference a conflict', () => {
    const ours = site({ category: 'cultural', criteria: ['i'] })
    const theirs = site({ category: 'natural', criteria: ['vii'], reviewNote: 'new' })
    const { merged, conflicts } = mergeRecord('site', null, ours, theirs)
    expect(conflicts).toEqual([
      { path: '/category', reason: 'both-added', ours: 'cultural', theirs: 'natural' },
    ])
    // Members of a set added on both sides are both kept; a field only one side has comes in.
    expect(merged).toMatchObject({ category: 'cultural', criteria: ['i', 'vii'], reviewNote: 'new' })
  })
})

describe('mergeRecord: fields', () => {
  it('merges different fields of the same record silently', () => {
    const base = site()
    const { merged, conflicts } = mergeRecord(
      'site',
      base,
      site({ name: { en: 'Mount Tai (Taishan)', zh: '泰山' }, updatedAt: '2026-02-01T00:00:00.000Z' }),
      site({ inDanger: true, updatedAt: '2026-03-01T00:00:00.000Z' }),
    )
    expect(conflicts).toEqual([])
    expect(merged).toEqual(
      site({
        name: { en: 'Mount Tai (Taishan)', zh: '泰山' },
        inDanger: true,
        updatedAt: '2026-03-01T00:00:00.000Z',
      }),
    )
  })

  it('merges two languages of one name, and reports one language changed differently', () => {
    const base = site()
    const clean = mergeRecord(
      'site',
      base,
      site({ name: { en: 'Taishan', zh: '泰山' } }),
      site({ name: { en: 'Mount Tai', zh: '泰山风景区' } }),
    )
    expect(clean).toEqual({ merged: site({ name: { en: 'Taishan', zh: '泰山风景区' } }), conflicts: [] })
    const clash = mergeRecord(
      'site',
      base,
      site({ name: { en: 'Taishan', zh: '泰山' } }),
      site({ name: { en: 'Mt Tai', zh: '泰山' } }),
    )
    expect(clash.conflicts).toEqual([
      { path: '/name/en', reason: 'both-changed', base: 'Mount Tai', ours: 'Taishan', theirs: 'Mt Tai' },
    ])
  })

  it('treats coordinates as one unit: latitude from one side and longitude from the other conflict', () => {
    const base = site()
    const { conflicts } = mergeRecord(
      'site',
      base,
      site({ location: { latitude: 36.3, longitude: 117.1 } }),
      site({ location: { latitude: 36.26, longitude: 117.2 } }),
    )
    expect(conflicts.map((c) => c.path)).toEqual(['/location'])
  })

  it('treats a CSL author list as one unit', () => {
    const base = {
      id: 'src-a',
      type: 'book',
      title: 'T',
      status: 'draft',
      createdAt: AT,
      updatedAt: AT,
    } as Source
    const ours = { ...base, author: [{ family: 'Li' }, { family: 'Wang' }] }
    const theirs = { ...base, author: [{ family: 'Li' }, { family: 'Zhang' }] }
    const { conflicts } = mergeRecord('source', { ...base, author: [{ family: 'Li' }] }, ours, theirs)
    expect(conflicts.map((c) => c.path)).toEqual(['/author'])
  })

  it('merges sets as additions and removals, never a conflict', () => {
    const base = site({ statesParties: ['CN', 'MN'] })
    const { merged, conflicts } = mergeRecord(
      'site',
      base,
      site({ statesParties: ['CN', 'MN', 'KZ'] }),
      site({ statesParties: ['CN'] }),
    )
    expect(conflicts).toEqual([])
    expect(merged?.statesParties).toEqual(['CN', 'KZ'])
  })

  it('reports a field one side changed and the other removed', () => {
    const base = site({ reviewNote: 'a' })
    const { conflicts } = mergeRecord('site', base, site({ reviewNote: 'b' }), site())
    expect(conflicts).toEqual([{ path: '/reviewNote', reason: 'edit-delete', base: 'a', ours: 'b' }])
  })

  it('takes the later updatedAt instead of a conflict', () => {
    const later = '2026-05-01T00:00:00.000Z'
    const { merged, conflicts } = mergeRecord(
      'site',
      site(),
      site({ status: 'in-review', updatedAt: later }),
      site({ inDanger: true, updatedAt: '2026-04-01T00:00:00.000Z' }),
    )
    expect(conflicts).toEqual([])
    expect(merged?.updatedAt).toBe(later)
  })
})

describe('mergeRecord: qualifiers and references as keyed lists', () => {
  it('merges edits of two references of one statement', () => {
    const base = statement()
    const ours = statement({
      references: [{ source: 'src-a', quote: 'exactly one hundred' }, base.references[1]!],
    })
    const theirs = statement({
      references: [base.references[0]!, { source: 'src-b', locator: { label: 'page', value: '5' } }],
    })
    const { merged, conflicts } = mergeRecord('statement', base, ours, theirs)
    expect(conflicts).toEqual([])
    expect(merged?.references).toEqual([
      { source: 'src-a', quote: 'exactly one hundred' },
      { source: 'src-b', locator: { label: 'page', value: '5' } },
    ])
  })

  it('keeps a reference each side added, and one side removing a reference', () => {
    const base = statement()
    const ours = statement({ references: [...base.references, { source: 'src-c' }] })
    const theirs = statement({ references: [base.references[1]!, { source: 'src-d' }] })
    const { merged, conflicts } = mergeRecord('statement', base, ours, theirs)
    expect(conflicts).toEqual([])
    expect(merged?.references.map((r) => r.source)).toEqual(['src-b', 'src-c', 'src-d'])
  })

  it('reports the same quote changed differently, by the reference’s source', () => {
    const base = statement()
    const quote = (q: string) =>
      statement({ references: [{ source: 'src-a', quote: q }, base.references[1]!] })
    const { conflicts } = mergeRecord('statement', base, quote('x'), quote('y'))
    expect(conflicts).toEqual([
      {
        path: '/references/@src-a/quote',
        reason: 'both-changed',
        base: 'one hundred',
        ours: 'x',
        theirs: 'y',
      },
    ])
  })

  it('reports a reference removed on one side and edited on the other', () => {
    const base = statement()
    const ours = statement({ references: [base.references[1]!] })
    const theirs = statement({ references: [{ source: 'src-a', quote: 'changed' }, base.references[1]!] })
    const { conflicts } = mergeRecord('statement', base, ours, theirs)
    expect(conflicts).toEqual([
      {
        path: '/references/@src-a',
        reason: 'edit-delete',
        base: base.references[0],
        theirs: { source: 'src-a', quote: 'changed' },
      },
    ])
  })

  it('reports a qualifier whose value both sides changed, keyed by its property', () => {
    const base = statement()
    const when = (time: string) =>
      statement({
        qualifiers: [{ property: 'point-in-time', value: { type: 'time', time, precision: 'year' } }],
      })
    const { conflicts } = mergeRecord('statement', base, when('+2024'), when('+2025'))
    expect(conflicts.map((c) => c.path)).toEqual(['/qualifiers/@point-in-time/value'])
  })

  it('keeps a reorder made on one side while the other edits a quote', () => {
    const base = statement()
    const ours = statement({ references: [base.references[1]!, base.references[0]!] })
    const theirs = statement({ references: [{ source: 'src-a', quote: 'q' }, base.references[1]!] })
    const { merged } = mergeRecord('statement', base, ours, theirs)
    expect(merged?.references).toEqual([base.references[1], { source: 'src-a', quote: 'q' }])
  })
})

describe('mergeRecord: resolutions', () => {
  it('applies the curator’s choice where the conflict stood, and reports it no more', () => {
    const base = site()
    const ours = site({ category: 'cultural', criteria: ['i'] })
    const theirs = site({ category: 'natural', criteria: ['vii'] })
    const resolved = mergeRecord('site', base, ours, theirs, {
      resolutions: { '/category': { take: 'theirs' }, '/criteria': { set: ['vii', 'x'] } },
    })
    expect(resolved.conflicts).toEqual([])
    expect(resolved.merged).toMatchObject({ category: 'natural', criteria: ['vii', 'x'] })
  })

  it('settles an edit against a delete by removing or keeping the record', () => {
    const base = site()
    const edited = site({ reviewNote: 'n' })
    expect(
      mergeRecord('site', base, edited, null, { resolutions: { '': { remove: true } } }).merged,
    ).toBeNull()
    expect(mergeRecord('site', base, edited, null, { resolutions: { '': { take: 'ours' } } }).merged).toEqual(
      edited,
    )
  })
})
