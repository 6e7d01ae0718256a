/** Issue 14, item 10: the command palette goes to every page, Duplicates and Team included. */
import { expect, test } from './fixtures'
import { focusNothing } from './pages/app'

// Every page of the navigation: what is typed into the palette, and the page's heading.
const PAGES: [typed: string, heading: string][] = [
  ['sources', 'Sources'],
  ['statements', 'Statements'],
  ['properties', 'Properties'],
  ['countries', 'Countries'],
  ['problems', 'Problems'],
  ['duplicates', 'Duplicates'],
  ['team', 'Team'],
  ['sites', 'Sites'],
]

test('the palette goes to every page, Duplicates and Team included', async ({ page }) => {
  test.setTimeout(120_000)
  for (const [typed, heading] of PAGES) {
    await focusNothing(page)
    await page.keyboard.press('ControlOrMeta+k')
    const input = page.getByRole('textbox', { name: 'Command palette' })
    await expect(input).toBeFocused()
    await input.fill(typed)
    await page.getByRole('button', { name: `Go to ${heading}` }).click()
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible()
  }
})
