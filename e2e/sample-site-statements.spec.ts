/**
 * Issue 14, item 10: out of the box, the sample shows what the app is for. A few sites carry
 * referenced statements (area, inscription criteria) citing UNESCO's List.
 */
import { expect, screenshot, test, useDarkScheme } from './fixtures'
import { dismissNotifications, tableRows } from './pages/app'
import { openSiteStatements, propertyGroup } from './pages/review'

test.use({ viewport: { width: 1280, height: 1100 } })

test('the Great Wall’s page shows its area and criteria, each citing the World Heritage List', async ({
  page,
}) => {
  const site = await openSiteStatements(page, 'The Great Wall')
  const area = propertyGroup(site, 'area')
  await expect(area.getByRole('listitem')).toHaveCount(1)
  await expect(area).toContainText('2,151.55')
  await expect(area).toContainText('2024')
  await expect(area).toContainText('1 reference')
  // Where the value comes from, without opening it.
  await expect(area.getByTestId('cited-sources')).toHaveText('World Heritage List')
  const criteria = propertyGroup(site, 'World Heritage criterion')
  await expect(criteria.getByRole('listitem')).toHaveCount(5)
  for (const criterion of ['(i)', '(ii)', '(iii)', '(iv)', '(vi)'])
    await expect(criteria.getByText(criterion, { exact: true })).toBeVisible()
  await expect(site.getByTestId('record-coverage')).toHaveText('Citation coverage: 100% (6 of 6 statements)')
  await dismissNotifications(page)
  await screenshot(page, 'site-page-sample-statements')
  await useDarkScheme(page)
  await screenshot(page, 'site-page-sample-statements-dark')
})

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('长城’s page names its properties in Chinese, the area with its date and each reference', async ({
    page,
  }) => {
    await page.getByLabel('搜索遗产地').fill('长城')
    await tableRows(page).filter({ hasText: '长城' }).first().click()
    const site = page.getByRole('dialog', { name: '编辑遗产地' })
    await site.getByRole('tab', { name: /^陈述/ }).click()
    const area = propertyGroup(site, '面积')
    await expect(area.getByRole('listitem')).toHaveCount(1)
    await expect(area).toContainText('2,151.55 公顷')
    await expect(area).toContainText('时间点 2024')
    await expect(propertyGroup(site, '世界遗产标准').getByRole('listitem')).toHaveCount(5)
    await dismissNotifications(page)
    await screenshot(page, 'site-page-sample-statements-zh')
    await useDarkScheme(page)
    await screenshot(page, 'site-page-sample-statements-zh-dark')
  })
})
