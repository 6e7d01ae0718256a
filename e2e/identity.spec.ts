/**
 * Issue 14, items 1, 4 and 7 as the curator meets them: a duplicate UNESCO id is an error under
 * the field while typing, naming the other site (which opens over the form) and blocking
 * approval; identifiers are links; the region is suggested from the states parties; the
 * QuickStatements export explains an empty result; the first start asks who is editing.
 */
import type { Page } from '@playwright/test'
import { callApi, expect, screenshot, test, useDarkScheme } from './fixtures'
import { dismissNotifications, openSite, openSource, saveForm } from './pages/app'
import { editRecord, mogaoStatement, saveRecord } from './pages/review'

// The machine these run on is shared and loaded: a drawer round trip can take seconds.
test.describe.configure({ timeout: 240_000 })

async function newSite(page: Page) {
  await page.getByRole('button', { name: 'New site' }).click()
  const drawer = page.getByRole('dialog', { name: 'New site' })
  await expect(drawer.getByLabel('Name (en)')).toBeVisible()
  return drawer
}

test('a new site with another site’s UNESCO id is an error as it is typed, naming that site, and cannot be approved', async ({
  page,
}) => {
  const drawer = await newSite(page)
  await drawer.getByLabel('Name (en)').fill('Mogao Grottoes')
  await drawer.getByLabel('Name (zh)').fill('莫高窟石窟')
  await drawer.getByRole('group', { name: 'Criteria' }).getByText('(i)', { exact: true }).click()
  await drawer.getByLabel('UNESCO id').fill('440')
  const field = drawer.locator('[data-path="/unescoId"]')
  // Live: checked by main as typed, before any save.
  await expect(field).toContainText('UNESCO id 440 is already used by “Mogao Caves”.')
  await expect(drawer.getByLabel('UNESCO id')).toHaveAttribute('aria-invalid', 'true')
  await expect(field.getByTitle('Rule constraint.unique')).toBeVisible()
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(0)

  // The other site opens over the new one; going back finds the typing where it was.
  await field.getByRole('button', { name: 'Open “Mogao Caves”' }).click()
  const other = page.getByRole('dialog', { name: 'Edit site' })
  await expect(other.getByLabel('Name (en)')).toHaveValue('Mogao Caves')
  await other.getByRole('button', { name: 'Back' }).click()
  await expect(other).toBeHidden()
  await expect(drawer.getByLabel('Name (en)')).toHaveValue('Mogao Grottoes')

  // Approval is refused while the error stands; nothing is saved.
  await drawer.getByRole('radiogroup', { name: 'Status' }).getByText('Approved').click()
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(drawer.getByRole('alert')).toContainText('The site was not approved: 1 problem to fix.')
  const sites = await callApi(page, 'queryRecords', 'site', { search: 'Mogao Grottoes' })
  expect(sites).toMatchObject({ ok: true, value: { total: 0 } })

  // A UNESCO id of its own: the error goes, and the site gets the stable id whc-<id>.
  await drawer.getByLabel('UNESCO id').fill('99001')
  await expect(field).not.toContainText('already used')
  await saveForm(page, drawer)
  expect(await callApi(page, 'getRecord', 'site', 'whc-99001')).toMatchObject({
    ok: true,
    value: { name: { en: 'Mogao Grottoes' }, status: 'approved' },
  })
})

test('identifiers open their pages in the browser; a Wikidata item another site has is an error', async ({
  page,
  shell,
}) => {
  const wall = await openSite(page, 'The Great Wall')
  await wall.getByLabel('Wikidata item').fill('Q12501')
  await saveForm(page, wall)
  await page.keyboard.press('Escape')
  await expect(wall).toBeHidden()

  const drawer = await openSite(page, 'Mogao Caves')
  await drawer.getByLabel('Wikidata item').fill('q12501')
  await expect(drawer.getByLabel('Wikidata item')).toHaveValue('Q12501')
  const wikidata = drawer.locator('[data-path="/wikidataId"]')
  await expect(wikidata).toContainText('Wikidata item Q12501 is already used by “The Great Wall”.')
  await drawer.getByLabel('Wikidata item').fill('Q180969')
  await expect(wikidata).not.toContainText('already used')

  await drawer.getByRole('link', { name: 'World Heritage List page ↗' }).click()
  await drawer.getByRole('link', { name: 'Wikidata item page ↗' }).click()
  await expect
    .poll(() => shell.openedUrls)
    .toEqual(['https://whc.unesco.org/en/list/440', 'https://www.wikidata.org/wiki/Q180969'])
  await saveForm(page, drawer)
  await dismissNotifications(page)
  await drawer.getByLabel('Name (en)').scrollIntoViewIfNeeded()
  await screenshot(page, 'site-form-wikidata')
  await useDarkScheme(page)
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await screenshot(page, 'site-form-wikidata-dark')
})

test('a source with another source’s DOI is an error as it is typed, however the DOI is written; the DOI is a link', async ({
  page,
  shell,
}) => {
  await editRecord(page, 'source', 'xinhua-2024-06-12', (source) => ({
    ...source,
    DOI: '10.1234/Xinhua.2024',
  }))
  const drawer = await openSource(page, 'World Heritage List')
  const doi = drawer.locator('[data-path="/DOI"]')
  // Pasted as its doi.org link, the DOI is kept bare; another case is the same DOI.
  await drawer.getByLabel(/^DOI(?: \*)?$/).fill('https://doi.org/10.1234/XINHUA.2024')
  await expect(drawer.getByLabel(/^DOI(?: \*)?$/)).toHaveValue('10.1234/XINHUA.2024')
  await expect(doi).toContainText('DOI 10.1234/XINHUA.2024 is already used by “China expects more exchanges')
  await expect(doi.getByRole('button', { name: /^Open “China expects more exchanges/ })).toBeVisible()
  await drawer.getByLabel(/^DOI(?: \*)?$/).fill('10.1234/whl.2024')
  await expect(doi).not.toContainText('already used')
  await drawer.getByRole('link', { name: 'Open at doi.org ↗' }).click()
  await expect.poll(() => shell.openedUrls).toEqual(['https://doi.org/10.1234/whl.2024'])
  await saveForm(page, drawer)
  expect(await callApi(page, 'getRecord', 'source', 'unesco-world-heritage-list-2024')).toMatchObject({
    ok: true,
    value: { DOI: '10.1234/whl.2024' },
  })
})

test('an empty Regions field is offered the region of the states parties, filled only when taken', async ({
  page,
}) => {
  const drawer = await newSite(page)
  // Türkiye: UNESCO's own regions, which are not the atlas's.
  await drawer.getByLabel('States parties').pressSequentially('TR')
  await drawer.getByLabel('States parties').press('Enter')
  const suggestion = drawer.getByTestId('region-suggestion')
  await expect(suggestion).toContainText('Suggested from the states parties: Europe and North America')
  // Nothing is written by itself: the field has no region until the curator takes it.
  const chosen = drawer.locator('[data-path="/regions"] .mantine-Pill-label')
  await expect(chosen).toHaveCount(0)
  await suggestion.getByRole('button', { name: /^Fill in the regions suggested/ }).click()
  await expect(suggestion).toBeHidden()
  await expect(chosen).toHaveText(['Europe and North America'])
})

test('the QuickStatements export says before and after it runs that no site has a Wikidata item yet', async ({
  page,
  shell,
  datasetPath,
}) => {
  shell.folderAnswers.push(`${datasetPath}-quickstatements`)
  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  await dialog.getByRole('radio', { name: 'QuickStatements' }).check()
  const count = dialog.getByTestId('quickstatements-count')
  await expect(count).toContainText('This export will write no QuickStatements command')
  await expect(count).toContainText('No site has a Wikidata item yet')
  await dialog.getByRole('button', { name: 'Export…' }).click()
  const empty = dialog.getByRole('alert').filter({ hasText: 'No QuickStatements commands were written' })
  await expect(empty).toContainText('No site has a Wikidata item yet')
  await dialog.getByRole('button', { name: 'Done' }).click()

  // Once a site has an item and a statement Wikidata can take, the dialog counts it beforehand.
  await editRecord(page, 'site', 'whc-440', (site) => ({ ...site, wikidataId: 'Q180969' }))
  await saveRecord(
    page,
    'statement',
    mogaoStatement('official-website', { type: 'url', url: 'https://www.dha.ac.cn' }),
  )
  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click()
  await dialog.getByRole('radio', { name: 'QuickStatements' }).check()
  await expect(count).toHaveText('1 statement will yield 1 command, for 1 site with a Wikidata item.')
})

test.describe('the first start', () => {
  test.use({ curatorName: null })

  test('asks who is editing, and the history says that name', async ({ page, reopen }) => {
    const welcome = page.getByRole('dialog', { name: 'Welcome to Heritage Curator' })
    await expect(welcome).toBeVisible({ timeout: 30_000 })
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome.getByText('Enter the name to record with your edits.')).toBeVisible()
    await welcome.getByLabel('Curator name').fill('Lin Wei')
    await welcome.getByLabel('E-mail (optional)').fill('lin.wei@')
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome.getByText(/does not look like an e-mail address/)).toBeVisible()
    await screenshot(page, 'welcome-dialog')
    await welcome.getByLabel('E-mail (optional)').fill('lin.wei@example.org')
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome).toBeHidden()
    expect(await callApi(page, 'getPreferences')).toMatchObject({
      ok: true,
      value: { curatorName: 'Lin Wei', curatorEmail: 'lin.wei@example.org' },
    })

    const drawer = await openSite(page, 'Mogao Caves')
    await drawer.getByLabel('Year inscribed').fill('1988')
    await saveForm(page, drawer)
    await drawer.getByRole('tab', { name: 'History' }).click()
    await expect(drawer.getByText(/^Edited by Lin Wei, /)).toHaveCount(1)

    // Asked once: after a restart the app goes straight to work.
    const again = await reopen()
    // A cold start on a loaded machine: the sites table can take longer than one expect's default.
    await expect(again.page.getByText('59 sites', { exact: true })).toBeVisible({ timeout: 30_000 })
    await expect(again.page.getByRole('dialog', { name: 'Welcome to Heritage Curator' })).toHaveCount(0)
  })
})

test.describe('the first start in Chinese', () => {
  test.use({ curatorName: null, locale: 'zh-CN', colorScheme: 'dark' })

  test('asks who is editing in the interface language, its errors too', async ({ page }) => {
    const welcome = page.getByRole('dialog', { name: '欢迎使用遗产编目' })
    await expect(welcome).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
    await welcome.getByRole('button', { name: '开始' }).click()
    await expect(welcome.getByText('请输入随编辑一起记录的姓名。')).toBeVisible()
    await welcome.getByLabel('编目人员姓名').fill('林伟')
    await welcome.getByLabel('电子邮箱（可选）').fill('lin.wei@')
    await welcome.getByRole('button', { name: '开始' }).click()
    await expect(welcome.getByText(/这看起来不像电子邮箱地址/)).toBeVisible()
    await screenshot(page, 'welcome-dialog-zh-dark')
    await welcome.getByLabel('电子邮箱（可选）').fill('')
    await welcome.getByRole('button', { name: '开始' }).click()
    await expect(welcome).toBeHidden()
    expect(await callApi(page, 'getPreferences')).toMatchObject({ ok: true, value: { curatorName: '林伟' } })
  })
})
