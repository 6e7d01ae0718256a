/**
 * Issue 14, item 8, over the whole app at a laptop's 1024×700 and a full-HD 1920×1080: every page
 * fits the window without a sideways scrollbar and (at full HD) fills its width; long English and
 * Chinese names keep to one line with an ellipsis and a tooltip; every dialog and drawer keeps its
 * buttons in the window and clickable; the notice after a save covers neither the form's buttons
 * nor the status bar's counts. One app start per size for the pages, one for the dialogs.
 * HC_LAYOUT_SHOTS=1 saves a picture of each step in test-results, to be looked at.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, reloadApp, test } from './fixtures'
import { goToSection, openSite, openSource } from './pages/app'
import {
  box,
  expectInReach,
  expectNoSidewaysScroll,
  expectOneLineCut,
  expectUsesWidth,
  FULL_HD,
  LAPTOP,
  LONG_EN,
  LONG_TITLE,
  LONG_ZH,
  layoutShot,
  noticeBoxes,
  overlaps,
  watchNoticeBoxes,
} from './pages/layout'
import { editRecord, MOGAO, uncitedName } from './pages/review'
import { pagesToVisit } from './pages/layout-pages'
import { dialogsToOpen } from './pages/layout-dialogs'
import type { Site, Source } from '@shared/domain'

/** The Mogao Caves with very long names in both scripts, a long source title, a Mogao statement. */
async function plantLongNames(page: Page) {
  await editRecord(page, 'site', MOGAO, (site: Site) => ({
    ...site,
    name: { ...site.name, en: LONG_EN, zh: LONG_ZH },
  }))
  await editRecord(page, 'source', 'xinhua-2024-06-12', (source: Source) => ({
    ...source,
    title: LONG_TITLE,
  }))
  await uncitedName(page)
  await reloadApp(page)
}

for (const size of [LAPTOP, FULL_HD]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size })
    test.describe.configure({ timeout: 300_000 })

    test('every page fits the window, keeps long names to one line, and fills a wide screen', async ({
      page,
    }, testInfo) => {
      await plantLongNames(page)
      for (const visit of pagesToVisit()) {
        await test.step(visit.name, async () => {
          const content = await visit.open(page)
          await expectNoSidewaysScroll(page, visit.name)
          if (size === FULL_HD && visit.fills !== 0) {
            await expectUsesWidth(page, content, visit.name, visit.fills)
          }
          for (const cell of visit.longNames?.(page) ?? []) {
            await expectOneLineCut(cell.text, cell.whole, `${visit.name}: ${cell.whole.slice(0, 20)}…`)
          }
          await layoutShot(page, testInfo, visit.shot)
        })
      }
    })

    test('every dialog and drawer keeps its buttons in reach', async ({ page, shell }, testInfo) => {
      await plantLongNames(page)
      for (const dialog of dialogsToOpen(shell)) {
        await test.step(dialog.name, async () => {
          const buttons = await dialog.open(page)
          await expectNoSidewaysScroll(page, dialog.name)
          for (const button of buttons)
            await expectInReach(button, `${dialog.name}: ${await button.textContent()}`)
          await layoutShot(page, testInfo, dialog.shot)
          await reloadApp(page)
        })
      }
    })

    test('the notice after a save covers neither the form’s buttons nor the status bar’s counts', async ({
      page,
    }) => {
      await plantLongNames(page)
      // Measured before a drawer opens: a drawer hides the page outside it from the a11y tree.
      const counts = await box(page.getByRole('contentinfo').getByRole('button', { name: /^Problems:/ }))
      const forms = [
        {
          name: 'site form',
          open: () => goToSection(page, 'Sites').then(() => openSite(page, LONG_EN)),
          field: (drawer: Locator) => drawer.getByLabel('Year inscribed'),
          value: '1988',
        },
        {
          name: 'source form',
          open: () => openSource(page, 'China expects more exchanges'),
          field: (drawer: Locator) => drawer.getByRole('textbox', { name: 'Title', exact: true }),
          value: `${LONG_TITLE}.`,
        },
      ]
      for (const form of forms) {
        await test.step(form.name, async () => {
          const drawer = await form.open()
          // A form keeps a readable width on a wide screen: not stretched across 1,920 pixels.
          if (size === FULL_HD) expect((await box(drawer)).width).toBeLessThanOrEqual(960)
          await form.field(drawer).fill(form.value)
          const buttons = ['Save', 'Cancel', 'Delete'].map((name) =>
            drawer.getByRole('button', { name, exact: true }),
          )
          const places = await Promise.all(buttons.map((button) => box(button)))
          await watchNoticeBoxes(page)
          await buttons[0]!.click()
          for (const shown of await noticeBoxes(page, 'Saved')) {
            for (const place of [...places, counts]) {
              expect(
                overlaps(shown, place),
                `${form.name}: the notice ${JSON.stringify(shown)} over ${JSON.stringify(place)}`,
              ).toBe(false)
            }
          }
          await reloadApp(page)
        })
      }
    })
  })
}

test.describe('in Chinese at 1024×700, light and dark', () => {
  test.use({ viewport: LAPTOP })

  test('no section scrolls sideways', async ({ page }, testInfo) => {
    await plantLongNames(page)
    await page.getByRole('button', { name: 'More actions' }).click()
    await page.getByRole('menuitem', { name: '简体中文' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
    const sections = page.getByRole('navigation').getByRole('button')
    const count = await sections.count()
    expect(count).toBeGreaterThanOrEqual(8)
    for (let index = 0; index < count; index += 1) {
      await sections.nth(index).click()
      await expect(sections.nth(index)).toHaveAttribute('aria-current', 'page')
      await expectNoSidewaysScroll(page, `section ${index + 1} in Chinese`)
      await layoutShot(page, testInfo, `zh-section-${index + 1}`)
      await page.emulateMedia({ colorScheme: 'dark' })
      await expectNoSidewaysScroll(page, `section ${index + 1} in Chinese, dark`)
      await layoutShot(page, testInfo, `zh-section-${index + 1}-dark`)
      await page.emulateMedia({ colorScheme: 'light' })
    }
  })
})
