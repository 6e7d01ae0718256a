import { describe, expect, it } from 'vitest'
import type { Command, DuplicatePage, MergePreview, Site, Statement } from '@shared/domain'
import { sampleServices, snapshotFolder } from '../../../tests/support/temp-dataset'

type Call = Awaited<ReturnType<typeof sampleServices>>['call']

/** A copy of the Great Wall entered again by hand, with statements about it and one pointing at it. */
async function plantDuplicate(call: Call) {
  const wall = await call<Site>('getRecord', 'site', 'whc-438')
  const { id: _id, unescoId: _u, createdAt: _c, updatedAt: _d, ...rest } = wall
  await call('saveRecord', 'site', {
    ...rest,
    id: 'great-wall-copy',
    name: { en: 'Great wall', fr: 'La Grande Muraille' },
    description: { en: 'Entered twice by mistake.' },
    yearInscribed: 1988,
    location: { latitude: 40.42, longitude: 116.09 },
  })
  const reference = { source: 'unesco-world-heritage-list-2024', quote: 'Listed.' }
  const base = { qualifiers: [], references: [reference], rank: 'normal', status: 'draft' }
  await call('saveRecord', 'statement', {
    ...base,
    id: 'stmt-copy-website',
    subject: { kind: 'site', id: 'great-wall-copy' },
    property: 'official-website',
    value: { type: 'url', url: 'https://example.org/wall' },
  })
  await call('saveRecord', 'property', { id: 'part-of', label: { en: 'part of' }, datatype: 'item' })
  await call('saveRecord', 'statement', {
    ...base,
    id: 'stmt-points-at-copy',
    subject: { kind: 'site', id: 'whc-437' },
    property: 'part-of',
    value: { type: 'item', item: { kind: 'site', id: 'great-wall-copy' } },
  })
}

async function state(call: Call) {
  const get = (kind: string, id: string) =>
    call('getRecord', kind, id).catch((error: Error) => (error.message.includes('NOT_FOUND') ? null : error))
  return {
    kept: await get('site', 'whc-438'),
    removed: await get('site', 'great-wall-copy'),
    website: await get('statement', 'stmt-copy-website'),
    pointer: await get('statement', 'stmt-points-at-copy'),
  }
}

describe('merging two sites', () => {
  it('previews the differing fields and what would move, writing nothing', async () => {
    const { call, datasetPath } = await sampleServices()
    await plantDuplicate(call)
    const files = await snapshotFolder(datasetPath)
    const preview = await call<MergePreview>('previewMerge', 'whc-438', 'great-wall-copy', ['/name/fr'])
    expect(preview.fields.map((f) => f.path)).toEqual([
      '/name/en',
      '/name/zh',
      '/name/fr',
      '/description/en',
      '/unescoId',
      '/yearInscribed',
      '/location',
    ])
    expect(preview.merged.name).toEqual({ en: 'The Great Wall', zh: '长城', fr: 'La Grande Muraille' })
    expect([preview.statementsMoved, preview.valuesRewritten]).toEqual([1, 1])
    expect(preview.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(await snapshotFolder(datasetPath)).toEqual(files)
  })

  it('moves statements and item values, keeps references, and one undo restores everything exactly', async () => {
    const { call } = await sampleServices()
    await plantDuplicate(call)
    const before = await state(call)
    const command = await call<Command>('mergeSites', 'whc-438', 'great-wall-copy', [
      '/yearInscribed',
      '/name/fr',
    ])
    expect(command.label).toBe('Merge site great-wall-copy into whc-438')
    const after = await state(call)
    const kept = after.kept as Site
    expect(kept.yearInscribed).toBe(1988)
    expect(kept.name).toEqual({ en: 'The Great Wall', zh: '长城', fr: 'La Grande Muraille' })
    expect(kept.location).toEqual((before.kept as Site).location)
    expect(after.removed).toBeNull()
    const website = after.website as Statement
    expect(website.subject).toEqual({ kind: 'site', id: 'whc-438' })
    expect(website.references).toEqual((before.website as Statement).references)
    expect((after.pointer as Statement).value).toEqual({
      type: 'item',
      item: { kind: 'site', id: 'whc-438' },
    })

    const undone = await call<Command>('undo')
    expect(undone.id).toBe(command.id)
    expect(await state(call)).toEqual(before)
  })

  it('refuses a merge whose result is invalid and writes nothing', async () => {
    const { call, dispatch, datasetPath } = await sampleServices()
    await plantDuplicate(call)
    await call('saveRecord', 'site', {
      ...(await call<Site>('getRecord', 'site', 'great-wall-copy')),
      category: 'natural',
      criteria: ['vii'],
    })
    const files = await snapshotFolder(datasetPath)
    // Natural from one record with cultural criteria from the other cannot be saved.
    const result = await dispatch('mergeSites', ['whc-438', 'great-wall-copy', ['/category']])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.issues.length).toBeGreaterThan(0)
    expect(await snapshotFolder(datasetPath)).toEqual(files)
  })

  it('rejects bad arguments with a clear error', async () => {
    const { call, dispatch, datasetPath } = await sampleServices()
    await plantDuplicate(call)
    const files = await snapshotFolder(datasetPath)
    const answers = await Promise.all([
      dispatch('mergeSites', ['whc-438', 'whc-438']),
      dispatch('mergeSites', ['whc-438', 'no-such-site']),
      dispatch('mergeSites', ['whc-438', 'great-wall-copy', ['/criteria']]),
      dispatch('mergeSites', ['whc-438']),
      dispatch('markNotDuplicate', ['whc-438', 'whc-438']),
    ])
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual([
      'VALIDATION',
      'NOT_FOUND',
      'VALIDATION',
      'VALIDATION',
      'VALIDATION',
    ])
    const messages = answers.map((a) => (a.ok ? '' : a.error.message))
    expect(messages[0]).toContain('“whc-438” given twice')
    expect(messages[1]).toContain('“no-such-site”')
    expect(messages[2]).toContain('“/criteria” is not a field where the two sites differ')
    expect(await snapshotFolder(datasetPath)).toEqual(files)
  })
})

describe('not a duplicate', () => {
  it('hides the pair for good, across reopening the dataset, and undoes like an edit', async () => {
    const { call, services, datasetPath } = await sampleServices()
    await plantDuplicate(call)
    const pairs = async (c: Call) => (await c<DuplicatePage>('findDuplicates')).rows.map((r) => r.b.id)
    expect(await pairs(call)).toEqual(['whc-438'])
    await call('markNotDuplicate', 'whc-438', 'great-wall-copy')
    expect(await pairs(call)).toEqual([])
    await services.close()

    const reopened = await sampleServices({ datasetPath })
    expect(await pairs(reopened.call)).toEqual([])
    const copy = await reopened.call<Site>('getRecord', 'site', 'great-wall-copy')
    expect(copy.notDuplicates).toEqual(['whc-438'])
    await reopened.call('undo')
    expect(await pairs(reopened.call)).toEqual(['whc-438'])
  })
})

describe('the default choice of a merge', () => {
  it('keeps every value of the kept site and takes only what it lacks', async () => {
    const { call } = await sampleServices()
    await plantDuplicate(call)
    const preview = await call<MergePreview>('previewMerge', 'whc-438', 'great-wall-copy')
    // The copy's French name and its description fill gaps; its year and point do not replace ours.
    expect(preview.take).toEqual(['/name/fr', '/description/en'])
    expect(preview.merged.name).toEqual({ en: 'The Great Wall', zh: '长城', fr: 'La Grande Muraille' })
    expect(preview.merged.yearInscribed).toBe(1987)
    expect(preview.merged.unescoId).toBe(438)
    expect(preview.claim.keep).toBe('whc-438')

    // Named fields are taken as named, defaults aside.
    const asked = await call<MergePreview>('previewMerge', 'whc-438', 'great-wall-copy', [])
    expect(asked.take).toEqual([])
    expect(asked.merged.name).toEqual({ en: 'The Great Wall', zh: '长城' })
  })

  it('a merge without a choice of fields takes the default, and loses nothing the kept site had', async () => {
    const { call } = await sampleServices()
    await plantDuplicate(call)
    await call('mergeSites', 'whc-438', 'great-wall-copy')
    const kept = await call<Site>('getRecord', 'site', 'whc-438')
    expect(kept.name).toEqual({ en: 'The Great Wall', zh: '长城', fr: 'La Grande Muraille' })
    expect(kept.description).toEqual({ en: 'Entered twice by mistake.' })
    expect([kept.yearInscribed, kept.unescoId]).toEqual([1987, 438])
  })

  it('says which record has the stronger claim even after a swap', async () => {
    const { call } = await sampleServices()
    await plantDuplicate(call)
    const swapped = await call<MergePreview>('previewMerge', 'great-wall-copy', 'whc-438')
    expect(swapped.claim.keep).toBe('whc-438')
    // The copy was saved approved too: age and the stable id decide.
    expect(swapped.claim.reasons.map((r) => r.kind)).toEqual(['older', 'stableId'])
  })
})

describe('a pair that shares a UNESCO id', () => {
  it('is listed first, with the shared id among its reasons, and the approved older site kept', async () => {
    const { call } = await sampleServices()
    await plantDuplicate(call)
    // Another place entirely, but typed in with the Mogao Caves' UNESCO id: listed all the same.
    const mogao = await call<Site>('getRecord', 'site', 'whc-440')
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = mogao
    await call('saveRecord', 'site', {
      ...rest,
      id: 'site-typed-again',
      name: { en: 'Thousand Buddha grottoes near Dunhuang' },
      location: { latitude: 30, longitude: 100 },
      status: 'draft',
    })
    const page = await call<DuplicatePage>('findDuplicates')
    expect(page.rows.map((r) => [r.a.id, r.b.id])).toEqual([
      ['site-typed-again', 'whc-440'],
      ['great-wall-copy', 'whc-438'],
    ])
    const [first] = page.rows
    expect(first?.reasons.sharedIds).toEqual([{ field: 'unescoId', value: '440' }])
    expect(first?.score).toBeLessThan(0.65)
    expect(first?.claim).toMatchObject({ keep: 'whc-440', other: 'site-typed-again' })
    expect(first?.claim.reasons.map((r) => r.kind)).toEqual(['status', 'older', 'fields', 'stableId'])
  })
})
