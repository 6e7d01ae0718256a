/**
 * Issue 14, item 6: main's command labels are said in the curator's language and name the
 * record ("Edit site Mogao Caves", not an id), in the undo tooltip and the toast after undo.
 */
import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'
import { focusNothing, openSite, undoButton } from './pages/app'

/** Switches to the Chinese UI, where the undo step reads `said`; undoes it and expects the toast. */
async function undoInChinese(page: Page, said: string) {
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: '简体中文' }).click()
  // undoButton() knows the English names only.
  await expect(
    page.getByRole('banner').getByRole('button', { name: `撤销 ${said} — `, exact: false }),
  ).toBeVisible()
  await focusNothing(page)
  await page.keyboard.press('ControlOrMeta+z')
  await expect(page.getByText(`已撤销：${said}`)).toBeVisible()
}

test('the Chinese UI says an undo step with the site’s Chinese name', async ({ page }) => {
  const drawer = await openSite(page, 'Mogao Caves')
  await drawer.getByLabel('Year inscribed').fill('1988')
  // The undo step itself says the save went through (the Saved toast may close before a loaded machine sees it).
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(undoButton(page)).toHaveAccessibleName(/^Undo Edit site Mogao Caves — /)

  // The drawer covers the header's menu: close it first.
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await undoInChinese(page, '编辑遗产地“莫高窟”')
})

test('a deleted site is named in the undo step and the toast, in English and in Chinese', async ({
  page,
}) => {
  const drawer = await openSite(page, 'Mogao Caves')
  await drawer.getByRole('button', { name: 'Delete' }).click()
  await page
    .getByRole('dialog', { name: 'Delete this site?' })
    .getByRole('button', { name: 'Delete site' })
    .click()
  await expect(drawer).toBeHidden()
  // The site is gone from the dataset: main names it from its last version, not by its id.
  await expect(undoButton(page)).toHaveAccessibleName(/^Undo Delete site Mogao Caves — /)

  await undoInChinese(page, '删除遗产地“莫高窟”')
  await expect(
    page.getByRole('banner').getByRole('button', { name: /^重做 删除遗产地“莫高窟” — / }),
  ).toBeVisible()
})
