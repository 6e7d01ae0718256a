/**
 * Issue 14, item 2: a merge never drops the better record by default. A new draft typed in again
 * with an existing site's UNESCO id is listed first, and the merge view keeps the approved, older
 * site, says why, and takes from the draft only what the kept site lacks.
 */
import type { Page } from '@playwright/test'
import type { Site } from '@shared/domain'
import { callApi, expect, screenshot, test, useDarkScheme } from './fixtures'
import { plantWallCopy } from './pages/duplicates'

const DRAFT_ID = 'site-5f3a9c'

/** The Great Wall entered again today as a draft, under an opaque id, with the same UNESCO id. */
const plantNewDraft = (page: Page) =>
  plantWallCopy(page, { id: DRAFT_ID, name: { en: 'Great Wall of China', fr: 'La Grande Muraille' } })

test('the merge view keeps the approved, older site by default and says why', async ({ page }) => {
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  await plantNewDraft(page)
  await page.getByRole('navigation').getByRole('button', { name: 'Duplicates' }).click()

  // The shared UNESCO id is a reason, and puts the pair first.
  const first = page.getByRole('table', { name: 'Likely duplicate pairs' }).locator('tbody tr').first()
  await expect(first).toContainText('same UNESCO id 438')
  await expect(first).toContainText('Great Wall of China')
  await first.click()

  const view = page.getByRole('dialog', { name: 'Merge duplicate sites' })
  const kept = view.getByRole('columnheader').filter({ hasText: 'Kept' })
  await expect(kept).toContainText('The Great Wall')
  await expect(kept).toContainText('whc-438')
  const claim = view.getByTestId('merge-claim')
  await expect(claim).toContainText('“The Great Wall” is kept because it has the stronger claim')
  await expect(claim).toContainText('status Approved; the other is Draft')
  await expect(claim).toContainText('it is older: created 31 Jul 2024')
  await expect(claim).toContainText('stable id whc-438')

  // Each field follows the kept site, except where only the draft has a value.
  await expect(view.getByRole('radio', { name: 'Year inscribed: keep 1987' })).toBeChecked()
  await expect(view.getByRole('radio', { name: 'Name (en): keep The Great Wall' })).toBeChecked()
  await expect(view.getByRole('radio', { name: 'Name (fr): keep La Grande Muraille' })).toBeChecked()
  await expect(view.getByRole('radio', { name: 'Name (zh): keep 长城' })).toBeChecked()
  await expect(view.getByText('The kept site has none: taken by default')).toBeVisible()
  await screenshot(page, 'duplicate-merge-default')
  await useDarkScheme(page)
  await screenshot(page, 'duplicate-merge-default-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Swapping keeps the weaker record: the view says so.
  await view.getByRole('button', { name: 'Swap' }).click()
  await expect(claim).toContainText('“The Great Wall”, the one to be removed, has the stronger claim')
  await expect(view.getByRole('radio', { name: 'Year inscribed: keep 1988' })).toBeChecked()
  await view.getByRole('button', { name: 'Swap' }).click()
  await expect(view.getByRole('radio', { name: 'Year inscribed: keep 1987' })).toBeChecked()

  await view.getByRole('button', { name: 'Merge into “The Great Wall”' }).click()
  await expect(page.getByText('Merged into “The Great Wall”')).toBeVisible()
  await expect
    .poll(async () => {
      const after = await callApi(page, 'getRecord', 'site', 'whc-438')
      return after.ok ? (after.value as Site) : null
    })
    .toMatchObject({
      status: 'approved',
      yearInscribed: 1987,
      name: { en: 'The Great Wall', zh: '长城', fr: 'La Grande Muraille' },
    })
  expect((await callApi(page, 'getRecord', 'site', DRAFT_ID)).ok).toBe(false)
})
