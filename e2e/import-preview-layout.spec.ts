/**
 * Issue 14, item 3: the import preview's counts can be read at every window size and list length
 * (they collapsed to a thin strip under the 1,223 rows of the UNESCO list), and after the commit
 * the notice says in plain words what was added, changed, unchanged and refused, with an Undo
 * button that is never clipped.
 */
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, screenshot, test, useDarkScheme } from './fixtures'

const UNESCO_CSV = resolve(import.meta.dirname, '../../shared/fixtures/unesco/whc-sites-2024.csv')

const COUNTS = [
  ['all', 'All 1,223'],
  ['new', 'New 1,164'],
  ['changed', 'Changed 0'],
  ['unchanged', 'Unchanged 59'],
  ['duplicate', 'Duplicates 0'],
  ['invalid', 'Invalid 0'],
  ['warnings', 'With warnings 3'],
] as const

async function previewUnesco(page: Page, shell: { fileAnswers: (string | null)[] }): Promise<Locator> {
  shell.fileAnswers.push(UNESCO_CSV)
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click()
  const drawer = page.getByRole('dialog', { name: 'Import records' })
  await drawer.getByRole('button', { name: 'Choose a file…' }).click()
  await expect(drawer.getByRole('radiogroup', { name: 'Show rows' })).toBeVisible({ timeout: 90_000 })
  return drawer
}

/** Each count is shown whole: its words, a readable height, inside the window. */
async function expectCountsReadable(page: Page, drawer: Locator) {
  const viewport = page.viewportSize() as { width: number; height: number }
  const show = drawer.getByRole('radiogroup', { name: 'Show rows' })
  for (const [value, text] of COUNTS) {
    const count = show.getByTestId(`import-count-${value}`)
    await expect(count).toBeVisible()
    await expect(count).toHaveText(text)
    await expect.poll(async () => (await count.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(24)
    const box = (await count.boundingBox()) as { x: number; y: number; width: number; height: number }
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
  }
}

for (const size of [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size })

    test('the counts of the 1,223-row UNESCO file are readable, also scrolled to the last rows', async ({
      page,
      shell,
    }) => {
      test.slow()
      const drawer = await previewUnesco(page, shell)
      await expectCountsReadable(page, drawer)
      // Scrolled to the foot of the list, the counts are still there, whole.
      await drawer
        .getByRole('table', { name: 'Rows of the file' })
        .locator('tbody > tr')
        .last()
        .scrollIntoViewIfNeeded()
      await expectCountsReadable(page, drawer)
      if (size.width === 1024) {
        await screenshot(page, 'import-preview-1024')
        await useDarkScheme(page)
        await screenshot(page, 'import-preview-1024-dark')
        await page.emulateMedia({ colorScheme: 'light' })
      }
    })
  })
}

test.describe('at 1024×700, after the commit', () => {
  test.use({ viewport: { width: 1024, height: 700 } })

  test('the notice says what was added, changed, unchanged and refused, and its Undo is whole', async ({
    page,
    shell,
  }) => {
    test.slow()
    const drawer = await previewUnesco(page, shell)
    await drawer.getByRole('button', { name: 'Import 1,164 records' }).click()
    await expect(drawer).toBeHidden({ timeout: 90_000 })
    const notice = page.getByRole('alert').filter({ hasText: 'Imported 1,164 records' })
    await expect(notice.getByTestId('import-tally')).toHaveText(
      '1,164 added, 0 changed, 59 unchanged, 0 refused.',
    )
    const undo = notice.getByRole('button', { name: 'Undo the import' })
    await expect(undo).toBeVisible()
    const [button, box] = [await undo.boundingBox(), await notice.boundingBox()]
    if (!button || !box) throw new Error('the notice or its button has no box')
    expect(button.x).toBeGreaterThanOrEqual(box.x)
    expect(button.x + button.width).toBeLessThanOrEqual(box.x + box.width)
    expect(button.y + button.height).toBeLessThanOrEqual(box.y + box.height)
    // The whole label shows: the button is as wide as its text needs.
    const fits = await undo.evaluate((element) => {
      const b = element as unknown as { scrollWidth: number; clientWidth: number }
      return b.scrollWidth <= b.clientWidth
    })
    expect(fits).toBe(true)
    await undo.click()
    await expect(page.getByText('59 sites', { exact: true })).toBeVisible({ timeout: 30_000 })
  })
})
