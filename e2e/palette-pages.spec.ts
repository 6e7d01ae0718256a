/** Issue 14, item 10: the command palette goes to every page, Duplicates included. */
import { expect, test } from './fixtures'
import { focusNothing } from './pages/app'

test('the palette goes to the Duplicates page', async ({ page }) => {
  await focusNothing(page)
  await page.keyboard.press('ControlOrMeta+k')
  await expect(page.getByRole('textbox', { name: 'Command palette' })).toBeFocused()
  await page.keyboard.type('duplicates')
  await page.getByRole('button', { name: 'Go to Duplicates' }).click()
  await expect(page.getByRole('heading', { name: 'Duplicates', level: 2 })).toBeVisible()
})
