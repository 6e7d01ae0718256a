/** Page objects and seeds for the review specs: statements on pages, problems, coverage. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { Draft, Property, RecordOf, Site, Source } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import { reloadApp } from '../fixtures/app'
import { callApi } from '../fixtures/helpers'
import { openSite } from './app'

export const MOGAO = 'whc-440'
export const UNESCO_LIST = 'unesco-world-heritage-list-2024'

/** A quantity a site has (the sample's quantities are all about countries). */
export const ANNUAL_VISITORS: Property = {
  id: 'annual-visitors',
  label: { en: 'annual visitors', zh: '年游客量' },
  description: { en: 'How many people visited the site in a year.' },
  datatype: 'quantity',
  subjects: ['site'],
  expectsPointInTime: true,
}

/** Saves a record through main, as the app would; fails the test when main refuses it. */
export async function saveRecord<K extends RecordKind>(
  page: Page,
  kind: K,
  draft: Draft<K>,
): Promise<RecordOf[K]> {
  const answer = await callApi(page, 'saveRecord', kind, draft)
  if (!answer.ok) throw new Error(`${kind} not saved: ${answer.error.message}`)
  return answer.value.record as RecordOf[K]
}

/** Reads a record, changes it, and saves it back through main. */
export async function editRecord<K extends RecordKind>(
  page: Page,
  kind: K,
  id: string,
  change: (record: RecordOf[K]) => RecordOf[K],
): Promise<RecordOf[K]> {
  const answer = await callApi(page, 'getRecord', kind, id)
  if (!answer.ok) throw new Error(`${kind} ${id} not found`)
  const {
    createdAt: _c,
    updatedAt: _u,
    ...draft
  } = change(answer.value as RecordOf[K]) as RecordOf[K] & {
    createdAt?: string
    updatedAt?: string
  }
  return saveRecord(page, kind, draft as unknown as Draft<K>)
}

/** A statement about the Mogao Caves. */
export function mogaoStatement(
  property: string,
  value: Draft<'statement'>['value'],
  extra: Partial<Draft<'statement'>> = {},
): Draft<'statement'> {
  return {
    subject: { kind: 'site', id: MOGAO },
    property,
    value,
    qualifiers: [],
    references: [],
    rank: 'normal',
    status: 'draft',
    ...extra,
  }
}

export function pointInTime(time: string, precision: 'year' | 'month' | 'day' = 'year') {
  return { property: 'point-in-time', value: { type: 'time' as const, time, precision } }
}

/** Opens a site and its Statements tab; answers the drawer. */
export async function openSiteStatements(page: Page, englishName: string): Promise<Locator> {
  const drawer = await openSite(page, englishName)
  await drawer.getByRole('tab', { name: /^Statements/ }).click()
  await expect(drawer.getByRole('heading', { name: 'Statements', level: 3 })).toBeVisible()
  return drawer
}

/** One property's group of statements on a site's or a country's page. */
export function propertyGroup(scope: Locator, label: string): Locator {
  return scope.getByRole('region', { name: label, exact: true })
}

/** Goes to a section of the navigation that is not a record table. */
export async function goTo(page: Page, section: 'Problems' | 'Countries') {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click()
  await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible()
}

/** The status bar at the foot of the window. */
export function statusBar(page: Page): Locator {
  return page.getByRole('contentinfo')
}

/** A name of the Mogao Caves that no source backs yet. */
export function uncitedName(page: Page) {
  return saveRecord(
    page,
    'statement',
    mogaoStatement('alternative-name', {
      type: 'monolingual',
      text: 'Thousand Buddha Grottoes',
      language: 'en',
    }),
  )
}

const unescoRef = { source: UNESCO_LIST, locator: { label: 'section' as const, value: 'Mogao Caves' } }

/** What the Mogao Caves' page shows in the screenshot: every kind of value, rank and citation. */
export async function seedMogaoStatements(page: Page) {
  await saveRecord(page, 'property', ANNUAL_VISITORS)
  const visitors = (amount: number, year: string, extra: Partial<Draft<'statement'>>) =>
    saveRecord(
      page,
      'statement',
      mogaoStatement(
        'annual-visitors',
        { type: 'quantity', amount },
        { qualifiers: [pointInTime(year)], ...extra },
      ),
    )
  await visitors(2_050_000, '+2019', { rank: 'preferred', references: [unescoRef], status: 'in-review' })
  await visitors(1_300_000, '+2016', { references: [unescoRef], status: 'approved' })
  await visitors(900_000, '+2012', { rank: 'deprecated' })
  await saveRecord(
    page,
    'statement',
    mogaoStatement(
      'alternative-name',
      { type: 'monolingual', text: '千佛洞', language: 'zh' },
      {
        references: [unescoRef],
      },
    ),
  )
  await uncitedName(page)
  await saveRecord(
    page,
    'statement',
    mogaoStatement(
      'official-website',
      { type: 'url', url: 'https://www.e-dunhuang.com/' },
      {
        references: [{ source: UNESCO_LIST }],
        status: 'approved',
      },
    ),
  )
  // The renderer reads the property registry once: start again with the new property in it.
  await reloadApp(page)
}

/** One error (a site inscribed in 1975), two warnings (a web source undated, a name uncited). */
export async function seedProblems(page: Page) {
  await editRecord(page, 'site', MOGAO, (site: Site) => ({
    ...site,
    yearInscribed: 1975,
    status: 'in-review',
  }))
  await editRecord(page, 'source', 'xinhua-2024-06-12', (source: Source) => ({
    ...source,
    URL: 'https://english.news.cn/20240612/',
  }))
  await uncitedName(page)
}
