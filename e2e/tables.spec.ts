import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { Draft, Site } from '@shared/domain'
import { generateDataset } from '../bench/generate'
import { callApi, expect, screenshot, test, useDarkScheme } from './fixtures'
import { tableRows } from './pages/app'

function facets(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Filters' })
}

function facetValue(page: Page, facet: string, value: string): Locator {
  return facets(page).getByRole('region', { name: facet }).locator(`[data-facet-value="${value}"]`)
}

test('search ignores case and diacritics, and finds Chinese names', async ({ page }) => {
  const draft = {
    name: { en: 'Parc national de la Côte Sauvage' },
    statesParties: ['FR'],
    regions: ['Europe and North America'],
    category: 'natural',
    criteria: ['vii'],
    inDanger: false,
    transboundary: false,
    status: 'draft',
  } as unknown as Draft<'site'>
  expect((await callApi(page, 'saveRecord', 'site', draft)).ok).toBe(true)

  await page.getByLabel('Search sites').fill('COTE sauvage')
  await expect(tableRows(page)).toHaveCount(1)
  await expect(tableRows(page).first()).toContainText('Côte Sauvage')

  await page.getByLabel('Search sites').fill('莫高')
  await expect(tableRows(page)).toHaveCount(1)
  await expect(tableRows(page).first()).toContainText('Mogao Caves')

  await page.getByRole('button', { name: 'Clear search' }).click()
  await expect(page.getByLabel('Search sites')).toHaveValue('')
  await expect.poll(() => tableRows(page).count()).toBeGreaterThan(1)
})

test('search finds alternative names from statements and forgives one typo, exact matches first', async ({
  page,
}) => {
  // The Mogao Caves get alternative names in English and Chinese (statements), and a new site
  // is named "Mogoa", as a curator might mistype Mogao.
  const alternativeName = (text: string, language: string) =>
    ({
      subject: { kind: 'site', id: 'whc-440' },
      property: 'alternative-name',
      value: { type: 'monolingual', text, language },
      qualifiers: [],
      references: [],
      rank: 'normal',
      status: 'draft',
    }) as unknown as Draft<'statement'>
  const garden = {
    name: { en: 'Mogoa Garden' },
    statesParties: ['CN'],
    regions: ['Asia and the Pacific'],
    category: 'cultural',
    criteria: ['ii'],
    inDanger: false,
    transboundary: false,
    status: 'draft',
  } as unknown as Draft<'site'>
  for (const answer of [
    await callApi(page, 'saveRecord', 'statement', alternativeName('Thousand Buddha Grottoes', 'en')),
    await callApi(page, 'saveRecord', 'statement', alternativeName('千佛洞', 'zh')),
    await callApi(page, 'saveRecord', 'site', garden),
  ])
    expect(answer.ok).toBe(true)
  const search = page.getByLabel('Search sites')

  await search.fill('buddha grottoes')
  await expect(tableRows(page)).toHaveCount(1)
  await expect(tableRows(page).first()).toContainText('Mogao Caves')
  await search.fill('千佛')
  await expect(tableRows(page)).toHaveCount(1)
  await expect(tableRows(page).first()).toContainText('莫高窟')

  // "mogoa" finds the site so named first, then the Mogao Caves within one typo; "mogao" the
  // other way round, whatever the sort by name would say.
  await search.fill('mogoa')
  await expect(page.getByText('2 sites', { exact: true })).toBeVisible()
  await expect(tableRows(page).nth(0)).toContainText('Mogoa Garden')
  await expect(tableRows(page).nth(1)).toContainText('Mogao Caves')
  await search.fill('mogao')
  await expect(page.getByText('2 sites', { exact: true })).toBeVisible()
  await expect(tableRows(page).nth(0)).toContainText('Mogao Caves')
  await expect(tableRows(page).nth(1)).toContainText('Mogoa Garden')
})

test('two facets combine: counts follow, rows narrow, chips show, clearing restores', async ({ page }) => {
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  await expect(facetValue(page, 'Category', 'natural')).toContainText('15')
  await expect(facetValue(page, 'Inscribed', '2010')).toContainText(/\d/)
  const decadesBefore = await facetValue(page, 'Inscribed', '2010').innerText()

  await facets(page).getByRole('checkbox', { name: 'Natural' }).check()
  await expect(page.getByText('15 sites', { exact: true })).toBeVisible()
  // The decade counts now count natural sites only; the category counts stay whole for a second choice.
  await expect(facetValue(page, 'Inscribed', '2010')).not.toHaveText(decadesBefore)
  await expect(facetValue(page, 'Category', 'cultural')).toContainText('40')

  await facets(page).getByRole('checkbox', { name: '2010s' }).check()
  const chips = page.getByRole('list', { name: 'Chosen filters' })
  await expect(chips.getByText('Category: Natural')).toBeVisible()
  await expect(chips.getByText('Inscribed: 2010s')).toBeVisible()
  const naturalCount = async () =>
    Number((await facetValue(page, 'Category', 'natural').innerText()).replace(/\D/g, ''))
  await expect.poll(naturalCount).toBeLessThan(15)
  const narrowed = await naturalCount()
  expect(narrowed).toBeGreaterThan(0)
  await expect(page.getByText(`${narrowed} site${narrowed === 1 ? '' : 's'}`, { exact: true })).toBeVisible()
  await expect(tableRows(page)).toHaveCount(narrowed)
  await screenshot(page, 'sites-table-facets')

  // A second value of the same facet widens again (OpenRefine's way).
  await facets(page).getByRole('checkbox', { name: 'Cultural' }).check()
  await expect(chips.getByText('Category: Cultural')).toBeVisible()
  await chips.getByRole('button', { name: 'Remove filter Category: Cultural' }).click()
  await expect(chips.getByText('Category: Cultural')).toHaveCount(0)

  await page.getByLabel('Search sites').fill('xyz-nothing')
  await expect(page.getByText('No site matches “xyz-nothing” with these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByLabel('Search sites').fill('')
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  await expect(chips).toHaveCount(0)
})

test('the facets and the table in the dark colour scheme', async ({ page }) => {
  await useDarkScheme(page)
  await facets(page).getByRole('checkbox', { name: 'Cultural' }).check()
  await facets(page).getByRole('checkbox', { name: '2000s' }).check()
  await expect(page.getByRole('list', { name: 'Chosen filters' }).getByText('Inscribed: 2000s')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await screenshot(page, 'sites-table-facets-dark')
})

test('column choice is remembered after the app reopens', async ({ page, reopen }) => {
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('checkbox', { name: 'Criteria' }).check()
  await page.getByRole('checkbox', { name: 'UNESCO id' }).uncheck()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('columnheader', { name: 'Criteria' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'UNESCO id' })).toHaveCount(0)

  const app = await reopen()
  await expect(app.page.getByText('59 sites', { exact: true })).toBeVisible()
  await expect(app.page.getByRole('columnheader', { name: 'Criteria' })).toBeVisible()
  await expect(app.page.getByRole('columnheader', { name: 'UNESCO id' })).toHaveCount(0)
})

test.describe('a large list', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
    datasetPath: async ({}, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'heritage-curator-tables-'))
      const datasetPath = join(dir, 'dataset')
      await generateDataset(datasetPath, { name: 'e2e', sites: 3000, sources: 40, statements: 300 })
      await use(datasetPath)
      await rm(dir, { recursive: true, force: true })
    },
  })

  test('keeps a bounded number of rows in the DOM while scrolling 3,000 sites', async ({ page }) => {
    // Generating the dataset and scrolling it on a shared two-core machine takes a while.
    test.setTimeout(180_000)
    await expect(page.getByText('3,000 sites', { exact: true })).toBeVisible({ timeout: 30_000 })
    const scroller = page.getByTestId('table-scroller')

    let most = 0
    for (let step = 1; step <= 6; step += 1) {
      await scroller.evaluate((el, at) => el.scrollTo(0, (el.scrollHeight * at) / 6), step)
      await expect(
        tableRows(page)
          .filter({ has: page.locator('td') })
          .first(),
      ).toBeVisible()
      most = Math.max(most, await tableRows(page).count())
    }
    await expect.poll(() => tableRows(page).count()).toBeGreaterThan(5)
    expect(most).toBeLessThan(80)
    // The end of the list is loaded on its own, not after every row before it.
    await expect(page.locator('tbody tr[aria-rowindex="3001"]')).not.toHaveAttribute('aria-busy', 'true')
    await expect(page.getByTestId('table-position')).toHaveText(/–3,000 of 3,000$/)

    // Up and Down move between rows; Enter opens the focused one.
    await tableRows(page).last().focus()
    await page.keyboard.press('ArrowUp')
    await expect(page.locator('tbody tr[aria-rowindex="3000"]')).toBeFocused()
    await page.keyboard.press('Home')
    await expect(page.locator('tbody tr[aria-rowindex="2"]')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(page.locator('tbody tr[aria-rowindex="3"]')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Edit site' })).toBeVisible()
  })
})

// The type is used by the draft above; keeps the import honest when Site changes.
export type { Site }
