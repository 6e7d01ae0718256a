import type { Page } from '@playwright/test'
import { expect, reloadApp, screenshot, test, useDarkScheme } from './fixtures'

const nav = (page: Page) => page.getByRole('navigation')

/** The header menu's language item: it switches at once, without a reload. */
async function chooseLanguageInMenu(page: Page, menuName: string, language: string) {
  await page.getByRole('button', { name: menuName }).click()
  await page.getByRole('menuitem', { name: language }).click()
}

async function openMogao(page: Page) {
  // The Sites page speaks the interface language too: its search box is 搜索遗产地 in Chinese.
  await page.getByLabel(/^(Search sites|搜索遗产地)$/).fill('Mogao')
  await page.getByRole('table').first().locator('tbody tr').filter({ hasText: '莫高窟' }).click()
  const drawer = page.getByRole('dialog', { name: '编辑遗产地' })
  await expect(drawer.getByLabel('名称（en）')).toHaveValue('Mogao Caves')
  return drawer
}

test('the interface switches to Chinese and back, and keeps the language over a reload', async ({ page }) => {
  // Two reloads and a save on two shared CPU cores: more than the default minute.
  test.setTimeout(180_000)
  await expect(nav(page).getByRole('button', { name: /^Sites/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await chooseLanguageInMenu(page, 'More actions', '简体中文')
  // The navigation, the header and the status bar, at once.
  await expect(nav(page).getByRole('button', { name: /^遗产地/ })).toBeVisible()
  await expect(nav(page).getByRole('button', { name: /^问题/ })).toBeVisible()
  await expect(page.getByRole('button', { name: '打开数据集…' })).toBeVisible()
  await expect(page.getByTestId('dataset-coverage')).toContainText('引用覆盖率：')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')

  // A page title and its formatted counts.
  await nav(page).getByRole('button', { name: /^国家/ }).click()
  await expect(page.getByRole('heading', { name: '国家', level: 2 })).toBeVisible()
  await expect(page.getByRole('cell', { name: '中国', exact: true })).toBeVisible()

  // A form's labels, and a validation message said from its rule and values.
  await nav(page)
    .getByRole('button', { name: /^遗产地/ })
    .click()
  const drawer = await openMogao(page)
  await expect(drawer.getByLabel('列入年份')).toBeVisible()
  await expect(drawer.getByRole('radiogroup', { name: '状态' })).toBeVisible()
  await drawer.getByLabel('列入年份').fill('1975')
  await expect(drawer.locator('[data-path="/yearInscribed"]')).toContainText(
    '列入年份 1975 早于 1978 年，即《世界遗产名录》首批列入的年份。',
  )
  await drawer.getByLabel('列入年份').fill('1987')
  await drawer.getByLabel('审核备注').fill('已核对申报文本。')
  await drawer.getByRole('radiogroup', { name: '状态' }).getByText('审核中').click()
  await page.keyboard.press('ControlOrMeta+s')
  await expect(drawer.getByLabel('审核备注')).toHaveValue('已核对申报文本。')

  // A date in the history, written the Chinese way, with how long ago.
  await drawer.getByRole('tab', { name: '历史记录' }).click()
  await expect(drawer.getByText(/编辑，\d{4}年\d{1,2}月\d{1,2}日/).first()).toBeVisible()
  await expect(drawer.getByText(/秒钟前|分钟前|现在/).first()).toBeVisible()

  await drawer.getByRole('tab', { name: '详情' }).click()
  await screenshot(page, 'site-form-chinese')

  await useDarkScheme(page)
  await drawer.getByRole('tab', { name: '陈述' }).click()
  await expect(drawer.getByRole('heading', { name: '陈述', level: 3 })).toBeVisible()
  await screenshot(page, 'app-chinese-dark')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  // Back to light: in this harness a reload under emulated dark media with Chinese text leaves
  // Playwright waiting for the page to be stable (not seen in light, nor in dark English).
  await page.emulateMedia({ colorScheme: 'light' })

  // Remembered: a reload starts in Chinese.
  await reloadApp(page)
  await expect(nav(page).getByRole('button', { name: /^遗产地/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')

  // And back, through Preferences.
  await page.getByRole('button', { name: '更多操作' }).click()
  await page.getByRole('menuitem', { name: '偏好设置…' }).click()
  const preferences = page.getByRole('dialog', { name: '偏好设置' })
  await preferences.getByRole('combobox', { name: '界面语言' }).click()
  await page.getByRole('option', { name: 'English' }).click()
  await expect(page.getByRole('dialog', { name: 'Preferences' })).toBeVisible()
  await page.getByRole('dialog', { name: 'Preferences' }).getByRole('button', { name: 'Cancel' }).click()
  await expect(nav(page).getByRole('button', { name: /^Sites/ })).toBeVisible()
  await expect(page.getByTestId('dataset-coverage')).toContainText('Citation coverage:')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await reloadApp(page)
  await expect(nav(page).getByRole('button', { name: /^Sites/ })).toBeVisible()
})

test('the theme switches from the menu and is remembered', async ({ page }) => {
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await reloadApp(page)
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.getByRole('button', { name: 'More actions' }).click()
  await expect(page.getByRole('menuitem', { name: 'Dark' })).toHaveAttribute('aria-current', 'true')
  await page.getByRole('menuitem', { name: 'Light' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light')
})
