/**
 * Issue 14, items 2, 3 and 8 in the Chinese interface at 1024×700, light and dark: the Problems
 * table, the merge view and the import preview say their words in Chinese and keep their rows,
 * counts and buttons in reach.
 */
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, screenshot, test, useDarkScheme } from './fixtures'
import { plantWallCopy } from './pages/duplicates'

const UNESCO_CSV = resolve(import.meta.dirname, '../../shared/fixtures/unesco/whc-sites-2024.csv')

test.use({ viewport: { width: 1024, height: 700 } })

async function chinese(page: Page) {
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: '简体中文' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
}

async function shots(page: Page, name: string) {
  await screenshot(page, name)
  await useDarkScheme(page)
  await screenshot(page, `${name}-dark`)
  await page.emulateMedia({ colorScheme: 'light' })
}

test('the Problems page in Chinese shows its rows with names on one line', async ({ page }) => {
  await chinese(page)
  await page.getByRole('navigation').getByRole('button', { name: /^问题/ }).click()
  const rows = page.getByRole('table', { name: '问题' }).locator('tbody tr[data-problem-rule]')
  await expect(rows).toHaveCount(7)
  await expect(rows.first().locator('td').nth(1).locator('p').first()).toHaveCSS('text-overflow', 'ellipsis')
  await shots(page, 'problems-1024-zh')
})

test('the merge view in Chinese says why the kept site was chosen, buttons in reach', async ({ page }) => {
  await chinese(page)
  await plantWallCopy(page, { id: 'site-5f3a9c', name: { en: 'Great Wall of China', zh: '万里长城' } })
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^疑似重复/ })
    .click()
  await page.getByRole('table', { name: '疑似重复的组合' }).locator('tbody tr').first().click()
  const view = page.getByRole('dialog', { name: '合并重复的遗产地' })
  await expect(view.getByTestId('merge-claim')).toContainText('长城')
  await expect(view.getByRole('button', { name: /^合并到/ })).toBeInViewport()
  await shots(page, 'duplicate-merge-1024-zh')
})

test('the import preview in Chinese shows its counts above the rows', async ({ page, shell }) => {
  test.slow()
  await chinese(page)
  shell.fileAnswers.push(UNESCO_CSV)
  await page.getByRole('banner').getByRole('button', { name: '导入…' }).click()
  const drawer = page.getByRole('dialog', { name: '导入记录' })
  await drawer.getByRole('button', { name: '选择文件…' }).click()
  const show = drawer.getByRole('radiogroup', { name: '显示的行' })
  await expect(show).toBeVisible({ timeout: 90_000 })
  await expect(show.getByTestId('import-count-new')).toContainText('1,164')
  await expect(show.getByTestId('import-count-new')).toBeInViewport()
  await shots(page, 'import-preview-1024-zh')
})
