/**
 * Rows and problems carry a record's names in every language, so that the Chinese interface can
 * show 莫高窟 first and the English one Mogao Caves (issue 14, item 10).
 */
import { describe, expect, it } from 'vitest'
import type { Page, ProblemsPage, Site, Statement, StatementRow } from '@shared/domain'
import { sampleServices } from '../../../tests/support/temp-dataset'

describe('names by language for the renderer', () => {
  it('gives a statement row about a site its subject’s names, and none to one about a country', async () => {
    const { call } = await sampleServices()
    const rows = (await call<Page<StatementRow>>('queryRecords', 'statement', { limit: 100 })).rows
    const aboutWall = rows.find((r) => r.id === 'stmt-whc-438-area-2024')
    expect(aboutWall).toMatchObject({
      subjectLabel: 'The Great Wall',
      subjectNames: { en: 'The Great Wall', zh: '长城' },
    })
    const aboutChina = rows.find((r) => r.subject.kind === 'country')
    expect(aboutChina).toBeDefined()
    expect(aboutChina).not.toHaveProperty('subjectNames')
  })

  it('names a problem’s site, and a problem’s statement by its subject and property, in each language', async () => {
    const { call } = await sampleServices()
    const mogao = await call<Site>('getRecord', 'site', 'whc-440')
    const { location: _dropped, ...withoutPoint } = mogao
    await call('saveRecord', 'site', withoutPoint)
    const area = await call<Statement>('getRecord', 'statement', 'stmt-whc-438-area-2024')
    await call('saveRecord', 'statement', { ...area, references: [] })

    const problems = (await call<ProblemsPage>('listProblems', { limit: 1000 })).rows
    const ofMogao = problems.find((p) => p.record.id === 'whc-440')
    expect(ofMogao).toMatchObject({ label: 'Mogao Caves', labels: { en: 'Mogao Caves', zh: '莫高窟' } })
    const ofArea = problems.find((p) => p.record.id === 'stmt-whc-438-area-2024')
    expect(ofArea).toMatchObject({
      label: 'The Great Wall: area',
      labels: { en: 'The Great Wall: area', zh: '长城: 面积' },
    })
  })
})
