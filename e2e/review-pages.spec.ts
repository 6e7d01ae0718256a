import { expect, screenshot, test, useDarkScheme } from './fixtures'
import { dismissNotifications, openSource, saveForm } from './pages/app'
import { goTo, openSiteStatements, propertyGroup, seedMogaoStatements } from './pages/review'

test('a web source without an accessed date is flagged as typed; the warning can be acknowledged', async ({
  page,
}) => {
  const drawer = await openSource(page, 'China expects')
  await drawer.getByLabel(/^URL(?: \*)?$/).fill('ftp://english.news.cn/a')
  await expect(drawer.locator('[data-path="/URL"]')).toContainText(
    'The URL must start with http:// or https://',
  )
  await drawer.getByLabel(/^URL(?: \*)?$/).fill('https://english.news.cn/20240612/')
  const accessed = drawer.locator('[data-path="/accessed"]')
  await expect(accessed).toContainText('A web source needs the date it was accessed: pages change.')
  await expect(drawer.locator('[data-path="/custom/archiveUrl"]')).toContainText('Add an archive link')
  await saveForm(page, drawer)

  await accessed.getByRole('button', { name: 'Acknowledge…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Acknowledge this warning' })
  await dialog.getByRole('button', { name: 'Acknowledge', exact: true }).click()
  await expect(dialog.getByText('Give a reason.')).toBeVisible()
  await dialog.getByLabel('Reason').fill('The article has no date of access in the print edition.')
  await dialog.getByRole('button', { name: 'Acknowledge', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(accessed).toContainText(/Acknowledged by .+: The article has no date of access/)
  await expect(drawer).toBeVisible()
})

test.describe('pages with statements', () => {
  test.use({ viewport: { width: 1280, height: 1100 } })

  test('a site’s page groups its statements by property', async ({ page }) => {
    await seedMogaoStatements(page)
    const site = await openSiteStatements(page, 'Mogao Caves')
    await expect(propertyGroup(site, 'annual visitors').getByRole('listitem')).toHaveCount(3)
    await expect(propertyGroup(site, 'alternative name').getByRole('listitem')).toHaveCount(2)
    await expect(site.getByTestId('record-coverage')).toHaveText('Citation coverage: 80% (4 of 5 statements)')
    await dismissNotifications(page)
    await screenshot(page, 'site-page-statements')
    await useDarkScheme(page)
    await screenshot(page, 'site-page-statements-dark')
  })

  test('China’s page lists the article’s statements with their coverage', async ({ page }) => {
    await goTo(page, 'Countries')
    await page.getByRole('row', { name: /China/ }).click()
    await expect(page.getByRole('heading', { name: 'China', level: 2 })).toBeVisible()
    const main = page.getByRole('main')
    await expect(propertyGroup(main, 'number of World Heritage sites')).toContainText('57')
    await expect(main.getByTestId('record-coverage')).toHaveText(
      'Citation coverage: 100% (6 of 6 statements)',
    )
    await screenshot(page, 'country-page')
    await useDarkScheme(page)
    await screenshot(page, 'country-page-dark')
  })
})
