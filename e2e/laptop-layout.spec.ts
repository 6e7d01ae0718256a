/**
 * Issue 14, item 8: at laptop size (1024×700) every page stays usable: the Problems table shows
 * at least five rows with each record's name on one line, the Sources table cuts long cells with
 * an ellipsis, dialogs keep their buttons in reach, and notifications cover neither a form's
 * buttons nor the status bar's counts. At 1920×1080 the pages use the width.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, screenshot, test } from './fixtures'
import { openSite } from './pages/app'
import { plantWallCopy } from './pages/duplicates'

type Box = { x: number; y: number; width: number; height: number }

async function box(locator: Locator): Promise<Box> {
  await expect(locator).toBeVisible()
  const found = await locator.boundingBox()
  if (!found) throw new Error('no box')
  return found
}

async function goTo(page: Page, name: RegExp) {
  await page.getByRole('navigation').getByRole('button', { name }).click()
}

test.describe('at 1024×700', () => {
  test.use({ viewport: { width: 1024, height: 700 } })

  test('the Problems table shows five rows or more, each record name on one line', async ({ page }) => {
    await goTo(page, /^Problems/)
    const table = page.getByRole('table', { name: 'Problems' })
    const rows = table.locator('tbody tr[data-problem-rule]')
    await expect(rows).toHaveCount(7)
    const area = await box(table.locator('xpath=..'))
    let whole = 0
    for (const row of await rows.all()) {
      const r = await box(row)
      if (r.y >= area.y && r.y + r.height <= area.y + area.height + 1) whole += 1
      const name = row.locator('td').nth(1).locator('p').first()
      // One line: as tall as one line of text, cut with an ellipsis, the whole name on hover.
      expect((await box(name)).height).toBeLessThan(26)
      await expect(name).toHaveCSS('text-overflow', 'ellipsis')
      await expect(name).toHaveAttribute('title', /\S/)
    }
    expect(whole).toBeGreaterThanOrEqual(5)
    await screenshot(page, 'problems-1024')
  })

  test('the Sources table cuts a long web address with an ellipsis', async ({ page }) => {
    await goTo(page, /^Sources/)
    const link = page.getByRole('link', { name: /^https:\/\/whc\.unesco\.org/ })
    await expect(link).toHaveCSS('text-overflow', 'ellipsis')
    await expect(link).toHaveCSS('white-space', 'nowrap')
    const cut = await link.evaluate((element) => {
      const e = element as unknown as { scrollWidth: number; clientWidth: number }
      return e.scrollWidth > e.clientWidth
    })
    expect(cut).toBe(true)
  })

  test('a notification covers neither the form’s buttons nor the status bar’s counts', async ({ page }) => {
    // Measured before the drawer opens: a drawer hides the page outside it from the a11y tree.
    const counts = await box(page.getByRole('contentinfo').getByRole('button', { name: /^Problems:/ }))
    const drawer = await openSite(page, 'Mogao Caves')
    await drawer.getByLabel('Year inscribed').fill('1988')
    await drawer.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.locator('.mantine-Notification-root').filter({ hasText: 'Saved' })).toBeVisible()
    // Notices stack upwards from the foot of their container, which stays when a notice closes
    // on its own (on a loaded machine, before it could be measured): the foot is what must clear.
    const stack = page.locator('.curator-notifications[data-position="bottom-right"]')
    await expect(stack).toHaveCount(1)
    const area = (await stack.boundingBox()) as Box
    const foot = area.y + area.height
    for (const button of [
      drawer.getByRole('button', { name: 'Save', exact: true }),
      drawer.getByRole('button', { name: 'Cancel' }),
      drawer.getByRole('button', { name: 'Delete' }),
    ]) {
      expect(foot).toBeLessThanOrEqual((await box(button)).y)
    }
    expect(foot).toBeLessThanOrEqual(counts.y)
  })

  test('the merge dialog keeps its buttons in reach', async ({ page }) => {
    // A copy of the Great Wall with names in many languages: a dialog taller than the window.
    const name = { en: 'Great wall', fr: 'La Grande Muraille', de: 'Große Mauer', es: 'La Gran Muralla' }
    await plantWallCopy(
      page,
      {
        id: 'great-wall-copy',
        name: {
          ...name,
          it: 'Grande Muraglia',
          pt: 'Grande Muralha',
          nl: 'Chinese Muur',
          ru: 'Великая стена',
        },
        description: { en: 'Typed twice.', fr: 'Saisie deux fois.' },
      },
      false,
    )
    await goTo(page, /^Duplicates/)
    await page.getByRole('table', { name: 'Likely duplicate pairs' }).locator('tbody tr').first().click()
    const view = page.getByRole('dialog', { name: 'Merge duplicate sites' })
    await expect(view.getByRole('radio', { name: 'Name (ru): keep Великая стена' })).toBeAttached()
    await expect(view.getByRole('button', { name: 'Merge into “The Great Wall”' })).toBeInViewport()
    await expect(view.getByRole('button', { name: 'Cancel' })).toBeInViewport()
    await screenshot(page, 'duplicate-merge-1024')
  })
})

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('the Problems page shows its counts by rule beside a wide table', async ({ page }) => {
    await goTo(page, /^Problems/)
    await expect(page.getByRole('complementary', { name: 'Problems by rule' })).toBeVisible()
    const table = page.getByRole('table', { name: 'Problems' })
    expect((await box(table)).width).toBeGreaterThan(1200)
    await screenshot(page, 'problems-1920')
  })
})
