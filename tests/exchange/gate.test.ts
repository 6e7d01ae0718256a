import { afterEach, describe, expect, it } from 'vitest'
import type { Manifest, Site, Source, Statement } from '@shared/domain'
import { CuratorError } from '../../src/main/dataset/errors'
import { exportGate } from '../../src/main/exchange/gate'
import { copySample } from '../support/temp-dataset'
import { closeStores, openStore, validators } from './support'

afterEach(closeStores)

let manifest: Manifest

async function sample() {
  const store = await openStore(await copySample())
  manifest = store.manifest
  return store.snapshot()
}

const T = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }

function siteStatement(id: string, site: string, source: string): Statement {
  return {
    id,
    subject: { kind: 'site', id: site },
    property: 'official-website',
    value: { type: 'url', url: 'https://example.org/' },
    qualifiers: [],
    references: [{ source }],
    rank: 'normal',
    status: 'approved',
    ...T,
  }
}

describe('export gate', () => {
  it('keeps a clean dataset whole', async () => {
    const records = await sample()
    const gate = exportGate({ manifest, records }, validators)
    expect(gate.excluded).toEqual([])
    expect(gate.kept.site).toHaveLength(59)
    expect(gate.validation.errors).toBe(0)
  })

  it('leaves out records with errors, and the statements that depend on them, saying why', async () => {
    const records = await sample()
    const broken = { ...(records.site[0] as Site), criteria: ['vii'] } as Site
    const badSource = { ...(records.source[0] as Source), title: '' }
    records.site[0] = broken
    records.source = records.source.map((s) => (s.id === badSource.id ? badSource : s))
    const okSource = records.source.find((s) => s.id !== badSource.id) as Source
    records.statement.push(
      siteStatement('stmt-about-broken', broken.id, okSource.id),
      siteStatement('stmt-cites-bad', (records.site[1] as Site).id, badSource.id),
      siteStatement('stmt-fine', (records.site[1] as Site).id, okSource.id),
    )
    const gate = exportGate({ manifest, records }, validators)
    const reasons = (id: string) => gate.excluded.find((e) => e.id === id)?.reasons ?? []
    expect(reasons(broken.id).map((r) => r.rule)).toContain('site.criteria-match-category')
    expect(reasons(badSource.id).length).toBeGreaterThan(0)
    expect(reasons('stmt-about-broken')).toEqual([
      expect.objectContaining({
        rule: 'export.subject-left-out',
        message: expect.stringContaining(broken.id),
      }),
    ])
    expect(reasons('stmt-cites-bad')[0]?.rule).toBe('export.source-left-out')
    expect(gate.kept.statement.map((s) => s.id)).toContain('stmt-fine')
    expect(gate.kept.site.map((s) => s.id)).not.toContain(broken.id)
    expect(gate.validation.recordsWithErrors).toBe(2)
  })

  it('approved only: drafts and in-review records are left out, with the rule', async () => {
    const records = await sample()
    const gate = exportGate({ manifest, records }, validators, { approvedOnly: true })
    // The article's six statements are in review; the sites' seventeen, citing the List, are approved.
    const inReview = records.statement.filter((s) => s.status !== 'approved')
    expect(inReview).toHaveLength(6)
    expect(gate.kept.statement).toHaveLength(records.statement.length - 6)
    expect(
      gate.excluded
        .filter((e) => e.kind === 'statement')
        .map((e) => e.id)
        .sort(),
    ).toEqual(inReview.map((s) => s.id).sort())
    expect(gate.excluded[0]?.reasons[0]?.rule).toBe('export.not-approved')
    expect(gate.kept.property).toHaveLength(records.property.length)
  })

  it('all or nothing refuses while any error stands, listing the issues', async () => {
    const records = await sample()
    records.site[0] = { ...(records.site[0] as Site), statesParties: ['china'] } as Site
    let error: unknown
    try {
      exportGate({ manifest, records }, validators, { allOrNothing: true })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CuratorError)
    expect((error as CuratorError).code).toBe('VALIDATION')
    expect((error as CuratorError).issues[0]?.record).toEqual({ kind: 'site', id: records.site[0]?.id })
  })
})
