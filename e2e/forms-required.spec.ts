/**
 * Issue 14, item 6: a new record's required fields are marked before the first save, and a
 * field the curator has not reached shows no error until they leave it or try to save.
 */
import type { Page } from '@playwright/test'
import { expect, screenshot, test, useDarkScheme } from './fixtures'
import { focusNothing } from './pages/app'

test.use({ viewport: { width: 1024, height: 700 } })

async function newSite(page: Page, title = 'New site') {
  await focusNothing(page)
  await page.keyboard.press('ControlOrMeta+n')
  const drawer = page.getByRole('dialog', { name: title })
  await expect(drawer).toBeVisible()
  return drawer
}

test('required fields carry an asterisk before anything is typed', async ({ page }) => {
  const drawer = await newSite(page)
  for (const path of ['/name/en', '/category', '/criteria']) {
    await expect(drawer.locator(`[data-path="${path}"] .mantine-InputWrapper-required`).first()).toBeVisible()
  }
  // An optional field has none.
  await expect(drawer.locator('[data-path="/yearInscribed"] .mantine-InputWrapper-required')).toHaveCount(0)
  await screenshot(page, 'site-form-required')
  await useDarkScheme(page)
  await screenshot(page, 'site-form-required-dark')
})

test('an untouched field shows no error until the curator leaves it or saves', async ({ page }) => {
  const drawer = await newSite(page)
  const criteria = drawer.getByRole('group', { name: 'Criteria' })
  const criteriaMissing = drawer.getByText('Criteria needs at least 1 entry.')

  // Typing a name: the form is checked live, but the criteria, not reached yet, stay quiet.
  await drawer.getByLabel('Name (en)').fill('Old Town of Nowhere')
  const year = drawer.getByLabel('Year inscribed')
  await year.fill('1850')
  await expect(drawer.getByText('Year inscribed must be at least 1900; it is 1850.')).toHaveCount(0)

  // Leaving the year field shows its error; the criteria are still untouched and quiet.
  await year.press('Tab')
  await expect(drawer.getByText('Year inscribed must be at least 1900; it is 1850.')).toBeVisible()
  await expect(year).toHaveAttribute('aria-invalid', 'true')
  await expect(criteriaMissing).toHaveCount(0)
  await expect(criteria).not.toHaveAttribute('aria-invalid', 'true')

  // Saving shows every field's errors and writes nothing.
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(criteriaMissing).toBeVisible()
  await expect(criteriaMissing).toHaveAttribute('title', 'Rule schema.minItems')
  await expect(criteria).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(0)
})

test('the Chinese form marks the same fields', async ({ page }) => {
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: '简体中文' }).click()
  const drawer = await newSite(page, '新建遗产地')
  await expect(drawer.locator('[data-path="/criteria"] .mantine-InputWrapper-required')).toBeVisible()
  await drawer.getByRole('button', { name: '保存', exact: true }).click()
  await expect(drawer.locator('[data-path="/criteria"] [aria-invalid="true"]').first()).toBeVisible()
  // Main's refusal in Chinese, and the messages without rule ids (those are on hover).
  await expect(drawer.getByRole('alert').first()).toContainText(/遗产地未保存：有 \d+ 个问题需要修正。/)
  await expect(drawer.getByText('名称至少需要一种语言。')).toHaveAttribute(
    'title',
    '规则 schema.minProperties',
  )
  await expect(drawer.getByText('schema.minProperties')).toHaveCount(0)
  await screenshot(page, 'site-form-required-zh')
})
