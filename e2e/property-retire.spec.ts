/**
 * Issue 14, item 5: a property is retired on the Properties page, not deleted. It is no longer
 * offered for new statements; the statements that use it still show it, marked retired; and it
 * stays retired after a restart.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, screenshot, test } from './fixtures'
import { dismissNotifications, saveForm, tableRows } from './pages/app'
import { goTo, propertyGroup } from './pages/review'

test.describe.configure({ timeout: 240_000 })

const HOSTED = 'World Heritage Committee sessions hosted'

async function goToSection(page: Page, section: 'Properties' | 'Statements') {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click()
  await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible()
}

/** The property choices a new statement about China offers. */
async function offeredForChina(page: Page): Promise<Locator> {
  await goToSection(page, 'Statements')
  await page.getByRole('button', { name: 'New statement' }).click()
  const statement = page.getByRole('dialog', { name: 'New statement' })
  await statement.getByLabel(/^Subject(?: \*)?$/).click()
  await page.getByRole('option', { name: 'Country', exact: true }).click()
  await statement.getByLabel(/^Country code(?: \*)?$/).fill('CN')
  await statement.getByLabel(/^Property(?: \*)?$/).click()
  await expect(page.getByRole('option', { name: 'World Heritage rank', exact: true })).toBeVisible()
  return statement
}

/** Closes the half-filled new statement without saving it. */
async function discardNewStatement(page: Page, statement: Locator) {
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page
    .getByRole('dialog', { name: 'Discard your changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click()
  await expect(statement).toBeHidden()
}

test('a retired property is no longer offered, its statements show it marked retired, and it stays retired after a restart', async ({
  page,
  reopen,
}) => {
  // Before: offered for a new statement about a country.
  let statement = await offeredForChina(page)
  await expect(page.getByRole('option', { name: HOSTED, exact: true })).toBeVisible()
  await discardNewStatement(page, statement)

  await goToSection(page, 'Properties')
  await tableRows(page).filter({ hasText: HOSTED }).click()
  const drawer = page.getByRole('dialog', { name: 'Edit property' })
  // In use: the form says so and offers retiring rather than deleting.
  await expect(drawer).toContainText('Retire it rather than delete it')
  await drawer.getByLabel('Retired').check()
  await saveForm(page, drawer)
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(tableRows(page).filter({ hasText: HOSTED })).toContainText('Retired')

  // No longer offered for a new statement.
  statement = await offeredForChina(page)
  await expect(page.getByRole('option', { name: HOSTED, exact: true })).toHaveCount(0)
  await discardNewStatement(page, statement)

  // The statement that uses it still shows it, marked retired, in the table and on China's page.
  await page.getByLabel('Search statements').fill('sessions hosted')
  await expect(tableRows(page)).toHaveCount(1)
  await expect(tableRows(page).first()).toContainText(HOSTED)
  await expect(tableRows(page).first().getByText('Retired', { exact: true })).toBeVisible()
  await goTo(page, 'Countries')
  await page.getByRole('row', { name: /China/ }).click()
  await expect(page.getByRole('heading', { name: 'China', level: 2 })).toBeVisible()
  const hosted = propertyGroup(page.getByRole('main'), HOSTED)
  await expect(hosted).toContainText('2')
  await expect(hosted.getByText('Retired', { exact: true })).toBeVisible()
  // A new value cannot be added under a retired property.
  await expect(hosted.getByRole('button', { name: `Add a value to “${HOSTED}”` })).toBeDisabled()
  await dismissNotifications(page)
  await hosted.scrollIntoViewIfNeeded()
  await screenshot(page, 'property-retired-country')

  // After a restart: still retired, still not offered.
  const again = await reopen()
  await goToSection(again.page, 'Properties')
  await expect(tableRows(again.page).filter({ hasText: HOSTED })).toContainText('Retired')
  await offeredForChina(again.page)
  await expect(again.page.getByRole('option', { name: HOSTED, exact: true })).toHaveCount(0)
})
