import { callApi, expect, test } from './fixtures'
import {
  focusNothing,
  mainSettled,
  openSite,
  renameSiteOnDisk,
  saveForm,
  tableRows,
  undoButton,
  undoState,
} from './pages/app'
import { siteShard } from './pages/dataset-files'

test('closing a drawer with unsaved edits asks first; Keep editing keeps them, Discard drops them', async ({
  page,
  services,
}) => {
  const drawer = await openSite(page, 'Mogao Caves')
  const name = drawer.getByLabel('Name (en)')
  await name.fill('Mogao Caves, not saved')
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' })

  await page.keyboard.press('Escape')
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep editing' }).click()
  await expect(ask).toBeHidden()
  await expect(name).toHaveValue('Mogao Caves, not saved')

  await drawer.getByRole('button', { name: 'Cancel' }).click()
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Discard changes' }).click()
  await expect(drawer).toBeHidden()
  await mainSettled(page, services)
  expect(await undoState(page)).toEqual({})
  expect(await callApi(page, 'getRecord', 'site', 'whc-440')).toMatchObject({
    ok: true,
    value: { name: { en: 'Mogao Caves' } },
  })

  // Typing a change and taking it back leaves nothing to lose: the drawer closes at once.
  await openSite(page, 'Mogao Caves')
  await name.fill('Mogao')
  await name.fill('Mogao Caves')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(ask).toBeHidden()
})

test('a backup made when edits were written can be restored, and Ctrl+Z undoes the restore', async ({
  page,
  services,
}) => {
  const drawer = await openSite(page, 'Mogao Caves')
  await drawer.getByLabel('Name (en)').fill('Mogao Caves of Dunhuang')
  await saveForm(page, drawer)
  await page.keyboard.press('Escape')
  // Writing the edit into its shard keeps the files it replaces as a backup.
  await services.flush()

  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' })
  const restore = dialog.getByRole('button', { name: /^Restore the backup of / })
  await expect(restore).toHaveCount(1)
  await restore.click()
  await dialog.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(page.getByText(/^Restored the backup of /)).toBeVisible()
  await expect(dialog).toBeHidden()
  await page.getByLabel('Search sites').fill('Mogao')
  await expect(tableRows(page)).toHaveCount(1)
  await expect(tableRows(page).first()).not.toContainText('Dunhuang')
  await expect(undoButton(page)).toHaveAccessibleName(/^Undo Restore backup /)

  await focusNothing(page)
  await page.keyboard.press('ControlOrMeta+z')
  await expect(page.getByText(/^Undone: Restore backup /)).toBeVisible()
  await expect(tableRows(page).first()).toContainText('Mogao Caves of Dunhuang')
})

test('Ctrl+Z inside a text field is the field’s own undo, not the dataset’s', async ({ page, services }) => {
  const drawer = await openSite(page, 'Mogao Caves')
  await drawer.getByLabel('Name (en)').fill('Mogao Caves of Dunhuang')
  await saveForm(page, drawer)
  const name = drawer.getByLabel('Name (en)')
  await name.click()
  await page.keyboard.press('ControlOrMeta+z')
  await mainSettled(page, services)
  expect(await undoState(page)).toEqual({ undo: expect.objectContaining({ label: 'Edit site whc-440' }) })
  expect(await callApi(page, 'getRecord', 'site', 'whc-440')).toMatchObject({
    ok: true,
    value: { name: { en: 'Mogao Caves of Dunhuang' } },
  })
})

test.describe('outside changes while edits wait to be written', () => {
  // Keep the saved edit in the journal only, so that the outside change meets a pending edit.
  test.use({ compactAfterMs: 600_000 })

  test('a change on disk while an edit is pending asks first; Take theirs loads the file', async ({
    page,
    services,
    datasetPath,
  }) => {
    const drawer = await openSite(page, 'Mogao Caves')
    await drawer.getByLabel('Name (en)').fill('Mogao Caves of Dunhuang')
    await saveForm(page, drawer)
    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()

    await renameSiteOnDisk(datasetPath, 'whc-440', { en: 'Mogao Grottoes' })
    await services.checkOutsideChanges()
    const dialog = page.getByRole('dialog', { name: 'The dataset files changed on disk' })
    await expect(dialog).toContainText(siteShard('whc-440'))
    await dialog.getByRole('button', { name: 'Take theirs (drop my pending edits)' }).click()
    await expect(page.getByText(/^Took the files from disk/)).toBeVisible()
    await expect(dialog).toBeHidden()
    await page.getByLabel('Search sites').fill('Mogao')
    await expect(tableRows(page).first()).toContainText('Mogao Grottoes')
  })
})
