import type { Locator, Page } from '@playwright/test'
import { callApi, expect, screenshot, test, useDarkScheme } from './fixtures'
import { recordOnDisk } from './pages/dataset-files'
import { expectNotice, mainSettled, undoState } from './pages/app'

/** The sites table's body rows (the header row has no cells). */
function siteRows(page: Page): Locator {
  return page.getByRole('table').first().locator('tbody tr')
}

async function searchSites(page: Page, text: string) {
  await page.getByLabel('Search sites').fill(text)
}

async function openSite(page: Page, englishName: string) {
  await searchSites(page, englishName)
  await siteRows(page).filter({ hasText: englishName }).first().click()
  const drawer = page.getByRole('dialog', { name: 'Edit site' })
  await expect(drawer.getByLabel('Name (en)')).toHaveValue(englishName)
  return drawer
}

/** The facet panel's line for cultural sites, with its count. */
const culturalCount = (page: Page) =>
  page.getByRole('complementary', { name: 'Filters' }).locator('[data-facet-value="cultural"]')

test('the sample opens on its 59 sites, in a table that renders only the rows in view', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Sites', level: 2 })).toBeVisible()
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  await expect(page.getByTestId('dataset-name')).toHaveText("China's World Heritage")
  await expect(siteRows(page).first()).toBeVisible()
  await expect.poll(() => siteRows(page).count()).toBeLessThan(59)
  await expect(page.getByTestId('table-position')).toHaveText(/^1–\d+ of 59$/)
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')
  await expect(page.getByRole('navigation').getByRole('button', { name: /Sites\s*59/ })).toBeVisible()
  // The facet counts come after the rows.
  await expect(culturalCount(page)).toContainText('40')
  await screenshot(page, 'sites-table')

  // End on a row goes to the last site, rendering it on the way.
  await siteRows(page).first().focus()
  await page.keyboard.press('End')
  await expect(page.locator('tbody tr[aria-rowindex="60"]')).toBeFocused()
  await expect(page.getByTestId('table-position')).toHaveText(/^\d+–59 of 59$/)
})

test('the sites table in the dark colour scheme', async ({ page }) => {
  await useDarkScheme(page)
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  // The facet counts come after the rows.
  const cultural = page
    .getByRole('complementary', { name: 'Filters' })
    .locator('[data-facet-value="cultural"]')
  await expect(cultural).toContainText('40')
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await screenshot(page, 'sites-table-dark')
})

test('search finds a site by its English or its Chinese name', async ({ page }) => {
  await searchSites(page, 'Mogao')
  await expect(page.getByText('1 site', { exact: true })).toBeVisible()
  await expect(siteRows(page)).toHaveCount(1)
  await expect(siteRows(page).first()).toContainText('Mogao Caves')
  await expect(siteRows(page).first()).toContainText('莫高窟')

  await searchSites(page, '长城')
  await expect(siteRows(page)).toHaveCount(1)
  await expect(siteRows(page).first()).toContainText('The Great Wall')

  await searchSites(page, 'xyz-no-such-site')
  await expect(page.getByText('No sites match “xyz-no-such-site”.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear the search' }).click()
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
})

test('a row opens with the keyboard, and Escape closes the drawer', async ({ page }) => {
  await searchSites(page, 'Mogao')
  await expect(siteRows(page)).toHaveCount(1)
  await siteRows(page).first().focus()
  await page.keyboard.press('Enter')
  const drawer = page.getByRole('dialog', { name: 'Edit site' })
  await expect(drawer.getByLabel('Name (zh)')).toHaveValue('莫高窟')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
})

test('an edited English name is saved to the site’s shard and shown in the table', async ({
  page,
  datasetPath,
}) => {
  const drawer = await openSite(page, 'Mogao Caves')
  const newName = 'Mogao Caves (Dunhuang)'
  await drawer.getByLabel('Name (en)').fill(newName)
  await expectNotice(page, 'Saved', () => drawer.getByRole('button', { name: 'Save' }).click())
  await expect(drawer.getByLabel('Name (en)')).toHaveValue(newName)
  await page.keyboard.press('Escape')
  await searchSites(page, 'Dunhuang')
  await expect(siteRows(page)).toHaveCount(1)
  await expect(siteRows(page).first()).toContainText(newName)

  // Main commits to a journal at once and folds it into the site's shard a moment later.
  await expect
    .poll(async () => (await recordOnDisk(datasetPath, 'site', 'whc-440'))?.name)
    .toEqual({ en: newName, zh: '莫高窟' })
})

test('an invalid edit shows its messages under the fields and writes nothing', async ({ page, services }) => {
  const drawer = await openSite(page, 'Mogao Caves')

  await drawer.getByLabel('Year inscribed').fill('1850')
  await drawer.getByText('(vii)', { exact: true }).click()
  await expect(drawer.getByRole('checkbox', { name: '(vii)' })).toBeChecked()
  await page.keyboard.press('ControlOrMeta+s')

  await expect(drawer.getByText('Year inscribed must be at least 1900; it is 1850.')).toBeVisible()
  await expect(drawer.getByLabel('Year inscribed')).toHaveAttribute('aria-invalid', 'true')
  const criteria = drawer.getByRole('group', { name: 'Criteria' })
  await expect(criteria).toHaveAttribute('aria-invalid', 'true')
  await expect(
    drawer.getByText('Criterion (vii) is a natural criterion; a cultural site takes (i) to (vi).'),
  ).toBeVisible()
  await expect(drawer.getByLabel('Name (en)')).not.toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(0)

  await drawer.getByLabel('Year inscribed').scrollIntoViewIfNeeded()
  await screenshot(page, 'site-form-validation')
  const kept = await callApi(page, 'getRecord', 'site', 'whc-440')
  expect(kept).toMatchObject({
    ok: true,
    value: { yearInscribed: 1987, criteria: ['i', 'ii', 'iii', 'iv', 'v', 'vi'] },
  })
  await mainSettled(page, services)
  expect(await undoState(page)).toEqual({})
})
