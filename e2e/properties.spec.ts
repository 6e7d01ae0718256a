/**
 * Issue 14, item 5: properties are the curator's. A property made on the Properties page is used
 * in a statement and is there after a restart; a qualifier-only property is never offered as a
 * statement's property; the statement form suggests what similar sites use.
 */
import type { Locator, Page } from '@playwright/test'
import { callApi, expect, screenshot, test, useDarkScheme } from './fixtures'
import { addFormRow, dismissNotifications, saveForm, tableRows } from './pages/app'
import { mogaoStatement, saveRecord } from './pages/review'

// The machine these run on is shared and loaded: a drawer round trip can take seconds.
test.describe.configure({ timeout: 240_000 })

async function goToProperties(page: Page) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Properties/ })
    .click()
  await expect(page.getByRole('heading', { name: 'Properties', level: 2 })).toBeVisible()
}

/** Picks an option of a Mantine select by its visible text. */
async function choose(page: Page, select: Locator, option: string) {
  await select.click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Opens a new statement from the Statements page, its subject the Mogao Caves; answers the drawer. */
async function newStatementAboutMogao(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Statements/ })
    .click()
  await page.getByRole('button', { name: 'New statement' }).click()
  const statement = page.getByRole('dialog', { name: 'New statement' })
  await choose(page, statement.getByLabel(/^Subject(?: \*)?$/), 'Site')
  await statement.getByLabel(/^Site(?: \*)?$/).fill('Mogao')
  await page.getByRole('option', { name: /Mogao Caves/ }).click()
  return statement
}

test('a property created on the Properties page is used in a statement, and both survive a restart', async ({
  page,
  reopen,
}) => {
  await goToProperties(page)
  await expect(page.getByText('9 properties', { exact: true })).toBeVisible()
  await expect(tableRows(page).filter({ hasText: 'point in time' })).toHaveCount(1)

  await page.getByRole('button', { name: 'New property' }).click()
  const drawer = page.getByRole('dialog', { name: 'New property' })
  await drawer.getByLabel('Label (en)').fill('Annual visitors')
  await drawer.getByLabel('Label (zh)').fill('年游客量')
  await drawer.getByLabel('Description (en)').fill('How many people visited the site in a year.')
  // The id follows the English label.
  await expect(drawer.getByLabel(/^Id(?: \*)?$/)).toHaveValue('annual-visitors')
  await choose(page, drawer.getByLabel(/^Datatype(?: \*)?$/), 'Quantity')
  await drawer.getByLabel('Changes over time').check()
  const range = drawer.locator('[data-constraint="range"]')
  await range.getByText('Warning', { exact: true }).click()
  await range.getByLabel('Minimum').fill('0')
  const qualifiers = drawer.locator('[data-constraint="required-qualifiers"]')
  await qualifiers.getByText('Error', { exact: true }).click()
  await choose(page, qualifiers.getByLabel('Qualifier properties'), 'point in time')
  await page.keyboard.press('Escape')
  await dismissNotifications(page)
  // Tall enough for the whole form, scrolled to its top, as a curator reviews it before saving.
  await page.setViewportSize({ width: 1280, height: 2000 })
  await drawer.evaluate((element) =>
    element.querySelector('.mantine-Drawer-body')?.parentElement?.scrollTo(0, 0),
  )
  await screenshot(page, 'property-form')
  await page.setViewportSize({ width: 1280, height: 800 })
  await saveForm(page, drawer)
  const saved = page.getByRole('dialog', { name: 'Edit property' })
  await expect(saved.getByLabel(/^Id(?: \*)?$/)).toHaveValue('annual-visitors')
  await page.keyboard.press('Escape')
  await expect(page.getByText('10 properties', { exact: true })).toBeVisible()
  await expect(tableRows(page).filter({ hasText: 'Annual visitors' })).toContainText('Allowed range')

  // The property in use: a statement about the Mogao Caves.
  const statement = await newStatementAboutMogao(page)
  await choose(page, statement.getByLabel(/^Property(?: \*)?$/), 'Annual visitors')
  await statement.getByLabel(/^Amount(?: \*)?$/).fill('-3')
  // The constraints the curator declared, each once its field is left (untouched fields stay
  // quiet until then).
  await statement.getByLabel(/^Amount(?: \*)?$/).press('Tab')
  await expect(statement.locator('[data-path="/value/amount"]')).toContainText(
    '“Annual visitors” takes at least 0; this is -3.',
  )
  const qualifierField = statement.locator('[data-path="/qualifiers"]')
  await expect(qualifierField).not.toContainText('needs a')
  await qualifierField.getByRole('button', { name: 'Add qualifier' }).focus()
  await qualifierField.getByRole('button', { name: 'Add qualifier' }).blur()
  await expect(qualifierField).toContainText('“Annual visitors” needs a “point in time” qualifier.')
  await statement.getByLabel(/^Amount(?: \*)?$/).fill('2000000')
  const qualifier = statement.getByRole('group', { name: 'Qualifier 1' })
  await addFormRow(statement, 'Add point in time', qualifier)
  await qualifier.getByLabel(/^Date(?: \*)?$/).fill('2023')
  await expect(statement.locator('[data-path="/qualifiers"]')).not.toContainText('needs a')
  await saveForm(page, statement)

  // After a restart: the property and its statement are there.
  const again = await reopen()
  await goToProperties(again.page)
  await expect(tableRows(again.page).filter({ hasText: 'Annual visitors' })).toContainText('1')
  expect(await callApi(again.page, 'getRecord', 'property', 'annual-visitors')).toMatchObject({
    ok: true,
    value: {
      label: { en: 'Annual visitors', zh: '年游客量' },
      datatype: 'quantity',
      constraints: [
        { type: 'range', severity: 'warning', minimum: 0 },
        { type: 'required-qualifiers', severity: 'error', properties: ['point-in-time'] },
      ],
    },
  })
  const statements = await callApi(again.page, 'queryRecords', 'statement', { search: 'Annual visitors' })
  expect(statements).toMatchObject({ ok: true, value: { total: 1, rows: [{ subjectLabel: 'Mogao Caves' }] } })
})

test('a qualifier-only property is never offered as a statement’s property, and similar sites’ properties are suggested', async ({
  page,
}) => {
  // Two other cultural Chinese sites have an alternative name; the Mogao Caves has none yet.
  for (const site of ['whc-438', 'whc-439'])
    await saveRecord(page, 'statement', {
      ...mogaoStatement('alternative-name', { type: 'monolingual', text: `Name of ${site}`, language: 'en' }),
      subject: { kind: 'site', id: site },
    })
  await goToProperties(page)
  // The sample's point in time is a qualifier only: it qualifies counts and ranks.
  await expect(tableRows(page).filter({ hasText: 'point in time' })).toContainText('Qualifier')
  await tableRows(page).filter({ hasText: 'point in time' }).click()
  const drawer = page.getByRole('dialog', { name: 'Edit property' })
  await expect(drawer.getByLabel('Qualifier only')).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await dismissNotifications(page)
  await screenshot(page, 'properties-page')
  await useDarkScheme(page)
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await screenshot(page, 'properties-page-dark')

  const statement = await newStatementAboutMogao(page)
  const suggestions = statement.getByTestId('property-suggestions')
  await expect(suggestions).toContainText('Suggested from similar records:')
  await suggestions.getByRole('button', { name: 'Use “alternative name”, used by 2 similar records' }).click()
  await expect(statement.getByLabel(/^Property(?: \*)?$/)).toHaveValue('alternative name')

  await statement.getByLabel(/^Property(?: \*)?$/).click()
  await expect(page.getByRole('option', { name: 'official website' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'point in time' })).toHaveCount(0)
})

test('the property form marks its required fields before the first save', async ({ page }) => {
  await goToProperties(page)
  await page.getByRole('button', { name: 'New property' }).click()
  const drawer = page.getByRole('dialog', { name: 'New property' })
  for (const path of ['/label/en', '/datatype', '/id'])
    await expect(drawer.locator(`[data-path="${path}"] .mantine-InputWrapper-required`), path).toBeVisible()
  // Optional fields carry none, and nothing is in error before the curator leaves a field.
  await expect(drawer.locator('[data-path="/description/en"] .mantine-InputWrapper-required')).toHaveCount(0)
  await expect(drawer.locator('[aria-invalid="true"]')).toHaveCount(0)
  await screenshot(page, 'property-form-required')
})

test('a property’s History tab says in words that no change is remembered yet', async ({ page }) => {
  await goToProperties(page)
  await tableRows(page).filter({ hasText: 'point in time' }).first().click()
  const drawer = page.getByRole('dialog', { name: 'Edit property' })
  await drawer.getByRole('tab', { name: 'History' }).click()
  await expect(drawer.getByRole('tabpanel', { name: 'History' })).toContainText(
    'No change to this property is remembered yet.',
  )
})

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the Properties page lists properties by their Chinese labels, in pinyin order', async ({ page }) => {
    await page.getByRole('navigation').getByRole('button', { name: /^属性/ }).click()
    await expect(tableRows(page)).toHaveCount(9)
    const shown = () =>
      tableRows(page).evaluateAll((rows) =>
        rows.map((row) => row.querySelector('[title]')?.getAttribute('title')),
      )
    const pinyin = new Intl.Collator('zh', { numeric: true })
    await expect.poll(async () => (await shown())[0]).toBe('别名')
    const labels = (await shown()) as string[]
    expect(labels).toEqual([...labels].sort(pinyin.compare))
  })

  test('the Properties page shows each property’s Chinese label, its kind and its constraints', async ({
    page,
  }) => {
    await page.getByRole('navigation').getByRole('button', { name: /^属性/ }).click()
    await expect(page.getByRole('heading', { name: '属性', level: 2 })).toBeVisible()
    await expect(tableRows(page).filter({ hasText: '时间点' })).toContainText('限定符')
    await expect(tableRows(page).filter({ hasText: '世界文化和自然双重遗产数量排名' })).toHaveCount(1)
    await screenshot(page, 'properties-page-zh')
  })
})
