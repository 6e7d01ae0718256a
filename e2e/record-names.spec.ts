/**
 * Issue 14, item 10: the Chinese interface shows a record's Chinese name first where it has one
 * (莫高窟 before "Mogao Caves"); the English interface shows the English name first. Seen where a
 * curator meets a site's name: the sites table, the statements table's subject, the Problems
 * page and the site picker of the statement form.
 */
import type { Locator, Page } from '@playwright/test'
import { callApi, expect, screenshot, test } from './fixtures'
import { tableRows } from './pages/app'
import { mogaoStatement } from './pages/review'

// The machine these run on is shared and loaded: a drawer round trip can take seconds.
test.describe.configure({ timeout: 180_000 })

/** Where `first` stands before `second` in what the element shows (both present). */
async function expectOrder(locator: Locator, first: string, second: string) {
  await expect(locator).toContainText(first)
  await expect(locator).toContainText(second)
  await expect
    .poll(async () => {
      const text = await locator.innerText()
      return text.indexOf(first) < text.indexOf(second)
    })
    .toBe(true)
}

/** A statement about the Mogao Caves without a reference: it shows in the statements table and on the Problems page. */
async function uncitedMogaoStatement(page: Page) {
  const saved = await callApi(
    page,
    'saveRecord',
    'statement',
    mogaoStatement('alternative-name', {
      type: 'monolingual',
      text: 'Thousand Buddha Grottoes',
      language: 'en',
    }),
  )
  expect(saved.ok).toBe(true)
}

async function go(page: Page, name: RegExp) {
  await page.getByRole('navigation').getByRole('button', { name }).click()
}

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the sites table, the statements table, the Problems page and the site picker say 莫高窟 first', async ({
    page,
  }) => {
    await uncitedMogaoStatement(page)

    await go(page, /^遗产地/)
    await page.getByLabel('搜索遗产地').fill('莫高窟')
    await expect(tableRows(page)).toHaveCount(1)
    await expectOrder(tableRows(page).first(), '莫高窟', 'Mogao Caves')

    await go(page, /^陈述/)
    await page.getByLabel('搜索陈述').fill('Thousand Buddha')
    await expect(tableRows(page)).toHaveCount(1)
    const subject = tableRows(page).first().getByRole('cell').first()
    await expect(subject).toContainText('莫高窟')
    await expect(subject).not.toContainText('Mogao Caves')
    // The property column speaks the interface language too.
    await expect(tableRows(page).first().getByRole('cell').nth(1)).toHaveText('别名')

    await go(page, /^问题/)
    const problem = tableRows(page).filter({ hasText: '莫高窟' })
    await expect(problem.first()).toContainText('莫高窟: 别名')
    await expect(tableRows(page).filter({ hasText: 'Mogao Caves' })).toHaveCount(0)
    await screenshot(page, 'problems-names-zh')

    await go(page, /^陈述/)
    await page.getByRole('button', { name: '新建陈述' }).click()
    const form = page.getByRole('dialog', { name: '新建陈述' })
    await form.getByLabel(/^主体(?: \*)?$/).click()
    await page.getByRole('option', { name: '遗产地', exact: true }).click()
    await form.getByLabel(/^遗产地(?: \*)?$/).fill('Mogao')
    const option = page.getByRole('option', { name: /莫高窟/ })
    await expectOrder(option, '莫高窟', 'Mogao Caves')
    await option.click()
    await expect(form.getByLabel(/^遗产地(?: \*)?$/)).toHaveValue('莫高窟')
  })
})

test('in English the same places say Mogao Caves first', async ({ page }) => {
  await uncitedMogaoStatement(page)

  await go(page, /^Sites/)
  await page.getByLabel('Search sites').fill('Mogao')
  await expect(tableRows(page)).toHaveCount(1)
  await expectOrder(tableRows(page).first(), 'Mogao Caves', '莫高窟')

  await go(page, /^Statements/)
  await page.getByLabel('Search statements').fill('Thousand Buddha')
  await expect(tableRows(page)).toHaveCount(1)
  const subject = tableRows(page).first().getByRole('cell').first()
  await expect(subject).toContainText('Mogao Caves')
  await expect(subject).not.toContainText('莫高窟')

  await go(page, /^Problems/)
  await expect(tableRows(page).filter({ hasText: 'Mogao Caves: alternative name' }).first()).toBeVisible()
  await expect(tableRows(page).filter({ hasText: '莫高窟' })).toHaveCount(0)

  await go(page, /^Statements/)
  await page.getByRole('button', { name: 'New statement' }).click()
  const form = page.getByRole('dialog', { name: 'New statement' })
  await form.getByLabel(/^Subject(?: \*)?$/).click()
  await page.getByRole('option', { name: 'Site', exact: true }).click()
  await form.getByLabel(/^Site(?: \*)?$/).fill('Mogao')
  const option = page.getByRole('option', { name: /Mogao Caves/ })
  await expectOrder(option, 'Mogao Caves', '莫高窟')
  await option.click()
  await expect(form.getByLabel(/^Site(?: \*)?$/)).toHaveValue('Mogao Caves')
})
