import type { Draft } from '@shared/domain'
import { expect, callApi, screenshot, test, useDarkScheme } from './fixtures'
import {
  dismissNotifications,
  focusNothing,
  openSite,
  openSource,
  redoButton,
  renameSiteOnDisk,
  saveForm,
  setCuratorName,
  tableRows,
  undoButton,
} from './pages/app'
import { siteShard } from './pages/dataset-files'

const XINHUA = 'China expects more exchanges'

test('an edit survives closing the window: after reopening, Ctrl+Z takes it back and Shift+Ctrl+Z redoes it', async ({
  page,
  reopen,
}) => {
  const drawer = await openSite(page, 'Mogao Caves')
  await drawer.getByLabel('Name (en)').fill('Mogao Caves of Dunhuang')
  await saveForm(page, drawer)
  await expect(undoButton(page)).toHaveAccessibleName(/^Undo Edit site Mogao Caves of Dunhuang — .+, .+/)

  // Close the window and main, as quitting does; then start again on the same dataset.
  const app = await reopen()
  await expect(app.page.getByText('59 sites', { exact: true })).toBeVisible()
  await app.page.getByLabel('Search sites').fill('Mogao')
  await expect(tableRows(app.page).first()).toContainText('Mogao Caves of Dunhuang')
  await expect(undoButton(app.page)).toHaveAccessibleName(/^Undo Edit site Mogao Caves of Dunhuang/)

  await focusNothing(app.page)
  await app.page.keyboard.press('ControlOrMeta+z')
  await expect(app.page.getByText('Undone: Edit site Mogao Caves of Dunhuang')).toBeVisible()
  await expect(tableRows(app.page).first()).not.toContainText('Dunhuang')
  expect(await callApi(app.page, 'getRecord', 'site', 'whc-440')).toMatchObject({
    ok: true,
    value: { name: { en: 'Mogao Caves' } },
  })
  await expect(redoButton(app.page)).toHaveAccessibleName(/^Redo Edit site Mogao Caves/)

  await app.page.keyboard.press('ControlOrMeta+Shift+KeyZ')
  await expect(app.page.getByText('Redone: Edit site Mogao Caves of Dunhuang')).toBeVisible()
  await expect(tableRows(app.page).first()).toContainText('Mogao Caves of Dunhuang')
})

test('deleting a cited source lists its statements, reassigns them in one step, and Ctrl+Z restores it', async ({
  page,
}) => {
  const takeOver: Draft<'source'> = {
    type: 'webpage',
    title: 'State Administration of Cultural Heritage: World Heritage in China',
    status: 'draft',
  }
  const created = await callApi(page, 'saveRecord', 'source', takeOver)
  if (!created.ok) throw new Error(created.error.message)
  const newId = created.value.record.id

  const drawer = await openSource(page, XINHUA)
  await drawer.getByRole('button', { name: 'Delete' }).click()
  await page
    .getByRole('dialog', { name: 'Delete this source?' })
    .getByRole('button', { name: 'Delete source' })
    .click()

  const dialog = page.getByRole('dialog', { name: '6 statements refer to this source' })
  const listed = dialog.getByRole('table', { name: 'Statements that refer to it' }).locator('tbody tr')
  await expect(listed).toHaveCount(6)
  await expect(listed.first()).toContainText('stmt-cn-')
  await expect(listed.filter({ hasText: 'China' })).toHaveCount(6)
  await expect(dialog.getByRole('radio', { name: 'Reassign them to another source' })).toBeChecked()
  await dialog.getByLabel('Source that takes over the references').fill('State Administration')
  await page.getByRole('option', { name: /State Administration of Cultural Heritage/ }).click()
  await screenshot(page, 'delete-dependents-dialog')
  await useDarkScheme(page)
  await screenshot(page, 'delete-dependents-dialog-dark')

  await dialog.getByRole('button', { name: 'Reassign and delete source' }).click()
  await expect(page.getByText('Deleted. Undo brings it back.')).toBeVisible()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Edit source' })).toBeHidden()
  const moved = await callApi(page, 'queryRecords', 'statement', { citesSource: newId })
  expect(moved).toMatchObject({ ok: true, value: { total: 6 } })
  expect(await callApi(page, 'getRecord', 'source', 'xinhua-2024-06-12')).toMatchObject({ ok: false })

  await focusNothing(page)
  await page.keyboard.press('ControlOrMeta+z')
  await expect(page.getByText(`Undone: Delete source ${XINHUA}`, { exact: false })).toBeVisible()
  await expect(tableRows(page).filter({ hasText: XINHUA })).toHaveCount(1)
  const back = await callApi(page, 'queryRecords', 'statement', { citesSource: 'xinhua-2024-06-12' })
  expect(back).toMatchObject({ ok: true, value: { total: 6 } })
})

test.describe('history', () => {
  // A clock that starts on a fixed day, so that the screenshot's dates stay put.
  test.use({ clockStart: '2024-06-12T10:42:00.000Z' })

  test('a site’s history shows two edits by the curator named in preferences; the first can be restored', async ({
    page,
  }) => {
    await setCuratorName(page, 'Ada Lovelace')
    let drawer = await openSite(page, 'Mogao Caves')
    await drawer.getByLabel('Name (en)').fill('Mogao Caves of Dunhuang')
    await saveForm(page, drawer)
    await drawer.getByLabel('Year inscribed').fill('1988')
    await saveForm(page, drawer)

    await drawer.getByRole('tab', { name: 'History' }).click()
    await expect(drawer.getByText(/^Edited by Ada Lovelace, /)).toHaveCount(2)
    await expect(drawer.getByRole('row', { name: /Year inscribed\s*1987\s*1988/ })).toBeVisible()
    await expect(
      drawer.getByRole('row', { name: /Name \(en\)\s*Mogao Caves\s*Mogao Caves of Dunhuang/ }),
    ).toBeVisible()
    await dismissNotifications(page)
    await screenshot(page, 'history-panel')
    await useDarkScheme(page)
    await screenshot(page, 'history-panel-dark')

    await drawer.getByRole('button', { name: 'Restore this version' }).click()
    await page
      .getByRole('dialog', { name: 'Restore this version?' })
      .getByRole('button', { name: 'Restore this version' })
      .click()
    await expect(page.getByText(/^Restored the version of /)).toBeVisible()
    await expect(drawer.getByText(/^Edited by Ada Lovelace, /)).toHaveCount(3)
    expect(await callApi(page, 'getRecord', 'site', 'whc-440')).toMatchObject({
      ok: true,
      value: { name: { en: 'Mogao Caves of Dunhuang' }, yearInscribed: 1987 },
    })
    drawer = page.getByRole('dialog', { name: 'Edit site' })
    await drawer.getByRole('tab', { name: 'Details' }).click()
    await expect(drawer.getByLabel('Year inscribed')).toHaveValue('1987')
  })
})

test('a change to a site’s shard made outside the app, with nothing pending, is reloaded and shown', async ({
  page,
  services,
  datasetPath,
}) => {
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  await renameSiteOnDisk(datasetPath, 'whc-440', { en: 'Mogao Grottoes' })
  await services.checkOutsideChanges()
  await expect(page.getByText(`Reloaded: ${siteShard('whc-440')} changed on disk.`)).toBeVisible()
  await page.getByLabel('Search sites').fill('Mogao')
  await expect(tableRows(page)).toHaveCount(1)
  await expect(tableRows(page).first()).toContainText('Mogao Grottoes')
})

test('a second window on the same dataset is read-only: a banner says why, and Save is disabled', async ({
  services,
  launchApp,
}) => {
  void services // The first instance holds the dataset's lock.
  const { page } = await launchApp()
  const banner = page.getByTestId('read-only-banner')
  await expect(banner).toContainText('Read-only')
  await expect(banner).toContainText('Another Heritage Curator')
  await expect(page.getByRole('button', { name: 'New site' })).toBeDisabled()
  await expect(undoButton(page)).toBeDisabled()
  await screenshot(page, 'read-only-banner')

  const drawer = await openSite(page, 'Mogao Caves')
  await expect(drawer.getByLabel('Name (en)')).toBeDisabled()
  const save = drawer.getByRole('button', { name: 'Save', exact: true })
  await expect(save).toBeDisabled()
  await save.hover()
  await expect(page.getByRole('tooltip')).toContainText('Read-only: Another Heritage Curator')
  await useDarkScheme(page)
  await screenshot(page, 'read-only-form-dark')
})
