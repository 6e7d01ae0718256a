import { describe, expect, it } from 'vitest'
import type { PropertySuggestion, QuickStatementsPreview, Site, Statement } from '@shared/domain'
import type { ExportResult } from '@shared/exchange'
import { sampleServices, tempDir } from '../../../tests/support/temp-dataset'

const at = '2026-01-01T00:00:00.000Z'
function about(site: string, property: string, value: Statement['value']) {
  return {
    subject: { kind: 'site', id: site },
    property,
    value,
    qualifiers: [],
    references: [{ source: 'xinhua-2024-06-12' }],
    rank: 'normal',
    status: 'draft',
    createdAt: at,
  }
}
const name = (text: string) => ({ type: 'monolingual', text, language: 'en' }) as const
const web = (url: string) => ({ type: 'url', url }) as const

describe('property suggestions for the statement form', () => {
  it('offers what similar sites use most, leaving out what the subject has and qualifiers', async () => {
    const { call } = await sampleServices()
    // Three cultural Chinese sites have an alternative name; one natural Chinese site a website.
    for (const site of ['whc-438', 'whc-439', 'whc-449'])
      await call('saveRecord', 'statement', about(site, 'alternative-name', name(`Other name of ${site}`)))
    await call('saveRecord', 'statement', about('whc-1083', 'official-website', web('https://example.org')))
    const forMogao = await call<PropertySuggestion[]>('suggestProperties', { kind: 'site', id: 'whc-440' })
    // The sample gives the Great Wall, Mount Taishan and the Beijing Central Axis an area and criteria.
    expect(forMogao).toEqual([
      { property: 'alternative-name', subjects: 3 },
      { property: 'area', subjects: 3 },
      { property: 'world-heritage-criterion', subjects: 3 },
      { property: 'official-website', subjects: 1 },
    ])
    // Once Mogao has an alternative name, it is no longer suggested; point in time never is.
    await call(
      'saveRecord',
      'statement',
      about('whc-440', 'alternative-name', name('Thousand Buddha Grottoes')),
    )
    const after = await call<PropertySuggestion[]>('suggestProperties', { kind: 'site', id: 'whc-440' })
    expect(after.map((s) => s.property)).toEqual(['area', 'world-heritage-criterion', 'official-website'])
    const forCountry = await call<PropertySuggestion[]>('suggestProperties', { kind: 'country', code: 'KZ' })
    expect(forCountry.map((s) => s.property)).toContain('world-heritage-site-count')
    expect(forCountry.map((s) => s.property)).not.toContain('point-in-time')
  })
})

describe('the QuickStatements export says what it will write, and why nothing when nothing', () => {
  it('explains an export with no command, before and after it runs', async () => {
    const { call, dialogs } = await sampleServices()
    expect(await call<QuickStatementsPreview>('previewQuickStatements')).toEqual({
      statements: 0,
      commands: 0,
      sitesWithItem: 0,
      reason: 'no-wikidata-items',
    })
    // Main asks for the folder itself: the renderer never hands it a path.
    dialogs.folders.push(await tempDir())
    const result = await call<ExportResult>('exportDataset', { format: 'quickstatements' })
    expect(result.quickStatements).toMatchObject({ commands: 0, reason: 'no-wikidata-items' })
  })

  it('counts the statements that yield commands once a site has a Wikidata item', async () => {
    const { call } = await sampleServices()
    const mogao = await call<Site>('getRecord', 'site', 'whc-440')
    await call('saveRecord', 'site', { ...mogao, wikidataId: 'Q180969' })
    expect(await call<QuickStatementsPreview>('previewQuickStatements')).toMatchObject({
      commands: 0,
      sitesWithItem: 1,
      reason: 'no-statements',
    })
    await call('saveRecord', 'statement', about('whc-440', 'official-website', web('https://www.dha.ac.cn')))
    await call(
      'saveRecord',
      'statement',
      about('whc-440', 'alternative-name', name('Thousand Buddha Grottoes')),
    )
    const preview = await call<QuickStatementsPreview>('previewQuickStatements')
    // The alternative name has no Wikidata property: one statement of the two yields a command.
    expect(preview).toEqual({ statements: 1, commands: 1, sitesWithItem: 1 })
    // The statements are drafts: an export of approved records only leaves them out, and says so.
    expect(
      await call<QuickStatementsPreview>('previewQuickStatements', { approvedOnly: true }),
    ).toMatchObject({ commands: 0, reason: 'left-out' })
  })
})
