import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { Draft, Site } from '@shared/domain'
import { callApi, expect, screenshot, test } from './fixtures'
import { editRecordOnDisk, siteShard } from './pages/dataset-files'

/** UNESCO's World Heritage List export, 2024: 1,223 sites (shared fixture beside the project). */
const UNESCO_CSV = resolve(import.meta.dirname, '../../shared/fixtures/unesco/whc-sites-2024.csv')

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export dataset' })
  await expect(dialog.getByRole('radiogroup', { name: 'Format' })).toBeVisible()
  return dialog
}

/** A folder beside the test's dataset copy (never inside it): removed with it after the test. */
function exportFolder(datasetPath: string, name: string): string {
  return join(dirname(datasetPath), name)
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex')

test('exports the sample as CSV into the folder the dialog answers', async ({ page, shell, datasetPath }) => {
  const folder = exportFolder(datasetPath, 'export-csv')
  shell.folderAnswers.push(folder)
  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'CSV' }).check()
  await expect(dialog.getByRole('checkbox', { name: 'Byte-order mark for Excel' })).not.toBeChecked()
  await dialog.getByRole('button', { name: 'Export…' }).click()

  // 59 sites, 2 sources, 11 properties, 23 statements (six about China, seventeen about three sites).
  await expect(dialog.getByText('Exported 95 records')).toBeVisible()
  await expect(dialog.getByText('Nothing was left out.').first()).toBeVisible()
  const perKind = dialog.getByRole('table', { name: 'Records per kind' })
  await expect(perKind.getByRole('row', { name: 'Statements 23 0' })).toBeVisible()
  const files = dialog.getByRole('table', { name: 'Files written' })
  for (const name of [
    'sites.csv',
    'sources.csv',
    'properties.csv',
    'statements.csv',
    'statement_references.csv',
  ]) {
    await expect(files.getByRole('cell', { name, exact: true })).toBeVisible()
    expect(existsSync(join(folder, name)), `${name} on disk`).toBe(true)
  }
  expect((await readdir(folder)).sort()).toContain('manifest.json')

  const sites = await readFile(join(folder, 'sites.csv'), 'utf8')
  expect(sites.charCodeAt(0), 'no byte-order mark unless asked').not.toBe(0xfeff)
  expect(sites.endsWith('\r\n')).toBe(true)
  expect(sites.replaceAll('\r\n', ''), 'every line ends with CRLF').not.toMatch(/[\r\n]/)
  const header = sites.slice(0, sites.indexOf('\r\n')).split(',')
  expect(header).toEqual(expect.arrayContaining(['id', 'name_en', 'name_zh']))
  expect(sites).toContain('莫高窟')

  // The hash shown (short) is the file's, and the copy button carries the whole of it.
  const hash = await sha256(join(folder, 'sites.csv'))
  const siteRow = files.getByRole('row').filter({ hasText: 'sites.csv' }).first()
  await expect(siteRow.getByText(`${hash.slice(0, 16)}…`)).toHaveAttribute('title', hash)
  const copyHash = siteRow.getByRole('button', { name: 'Copy the SHA-256 of sites.csv' })
  await expect(copyHash).toBeVisible()
  // Copying says so ("Copied"), and the clipboard holds the whole hash.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await copyHash.click()
  await expect(page.getByText('Copied', { exact: true })).toBeVisible()
  const clipboard = () =>
    page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText(),
    )
  await expect.poll(clipboard).toBe(hash)

  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
})

test('the left-out table names records and says why in the Chinese interface', async ({
  page,
  shell,
  datasetPath,
}) => {
  shell.folderAnswers.push(exportFolder(datasetPath, 'export-zh'))
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: '简体中文' }).click()
  await page.getByRole('banner').getByRole('button', { name: '导出…' }).click()
  const dialog = page.getByRole('dialog', { name: '导出数据集' })
  await dialog.getByRole('checkbox', { name: '仅导出已批准的记录' }).check()
  await dialog.getByRole('button', { name: '导出…' }).click()

  const leftOut = dialog.getByRole('table', { name: '被排除的记录' })
  const hosted = leftOut.getByRole('row').filter({ hasText: 'CN · 承办世界遗产委员会会议次数' })
  await expect(hosted).toHaveCount(1)
  await expect(hosted).toContainText('未批准')
  await expect(hosted).toContainText('其状态为“审核中”，而本次导出只包含已批准的记录。')
  await expect(leftOut).not.toContainText('approved records only')
})

test('the import preview says what it knows about the file in the Chinese interface', async ({
  page,
  shell,
}) => {
  shell.fileAnswers.push(
    resolve(import.meta.dirname, '../tests/exchange/fixtures/unesco/whc-sites-languages.csv'),
  )
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: '简体中文' }).click()
  await page.getByRole('banner').getByRole('button', { name: '导入…' }).click()
  const drawer = page.getByRole('dialog', { name: '导入记录' })
  await drawer.getByRole('button', { name: '选择文件…' }).click()
  const about = drawer.getByRole('alert').filter({ hasText: '关于此文件' })
  await expect(about).toContainText('已识别为 UNESCO《世界遗产名录》的导出文件。')
  await expect(about).not.toContainText('Recognised')
})

test('exports approved records as a Data Package, and reports what was left out', async ({
  page,
  shell,
  datasetPath,
}) => {
  const folder = exportFolder(datasetPath, 'export-datapackage')
  shell.folderAnswers.push(folder)
  const dialog = await openExport(page)
  await dialog.getByRole('radio', { name: 'Data Package' }).check()
  await dialog.getByRole('checkbox', { name: 'Approved records only' }).check()
  await dialog.getByRole('button', { name: 'Export…' }).click()

  // The article's six statements are in review: left out, each with its reason; the sites'
  // seventeen, citing the List, are approved.
  await expect(dialog.getByText('Exported 89 records')).toBeVisible()
  const perKind = dialog.getByRole('table', { name: 'Records per kind' })
  await expect(perKind.getByRole('row', { name: 'Statements 17 6' })).toBeVisible()
  const leftOut = dialog.getByRole('table', { name: 'Records left out' })
  await expect(leftOut.locator('tbody tr')).toHaveCount(6)
  // Each named as the curator knows it, the reason in words; the rule id stays on hover.
  const hosted = leftOut.getByRole('row').filter({ hasText: 'CN · World Heritage Committee sessions hosted' })
  await expect(hosted).toHaveCount(1)
  await expect(hosted).toContainText('Not approved')
  await expect(hosted).toContainText(
    'Its status is “In review”, and this export takes approved records only.',
  )
  await expect(hosted.getByTitle('Rule export.not-approved')).toBeVisible()
  await expect(leftOut).not.toContainText('in-review')
  await expect(dialog.getByRole('cell', { name: 'datapackage.json', exact: true })).toBeVisible()
  await page.mouse.move(0, 0)
  await screenshot(page, 'export-dialog')

  const descriptor = JSON.parse(await readFile(join(folder, 'datapackage.json'), 'utf8')) as {
    profile?: string
    resources: Array<{ name: string; path: string; schema: { fields: unknown[] } }>
  }
  expect(descriptor.resources.map((r) => r.name).sort()).toEqual([
    'properties',
    'sites',
    'sources',
    'statement_references',
    'statements',
  ])
  for (const resource of descriptor.resources) {
    expect(existsSync(join(folder, resource.path)), resource.path).toBe(true)
    expect(resource.schema.fields.length).toBeGreaterThan(0)
  }
})

test('all or nothing refuses while an error stands, and names the record', async ({
  page,
  shell,
  datasetPath,
  services,
}) => {
  // A year before the first inscriptions (an error rule), written behind the app's back as a sync would.
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  await editRecordOnDisk(datasetPath, 'site', 'whc-1001', (site) => {
    site.yearInscribed = 1970
  })
  await services.checkOutsideChanges()
  await expect(page.getByText(`Reloaded: ${siteShard('whc-1001')} changed on disk.`)).toBeVisible()

  const folder = exportFolder(datasetPath, 'export-refused')
  shell.folderAnswers.push(folder)
  const dialog = await openExport(page)
  await dialog.getByRole('checkbox', { name: 'All or nothing' }).check()
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByRole('alert').filter({ hasText: 'Nothing was exported' })).toContainText(
    '1 record has errors',
  )
  const errors = dialog.getByRole('table', { name: 'Errors that stand' })
  await expect(errors.locator('tbody tr')).toHaveCount(1)
  await expect(errors.getByRole('row', { name: /whc-1001.*Year inscribed/ })).toBeVisible()
  expect(existsSync(folder), 'no file written').toBe(false)

  await errors.getByRole('button', { name: 'Open site whc-1001' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Edit site' })).toBeVisible()
})

test('imports the UNESCO list through the preview, commits it, and undoes it', async ({ page, shell }) => {
  test.slow()
  // One sample site edited first, so that the preview has a changed row to show field by field.
  const before = await callApi(page, 'getRecord', 'site', 'whc-1001')
  if (!before.ok) throw new Error(before.error.message)
  const saved = await callApi(page, 'saveRecord', 'site', {
    ...(before.value as Site),
    yearInscribed: 1999,
  } as Draft<'site'>)
  expect(saved.ok).toBe(true)

  shell.fileAnswers.push(UNESCO_CSV)
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click()
  const drawer = page.getByRole('dialog', { name: 'Import records' })
  await drawer.getByRole('button', { name: 'Choose a file…' }).click()

  await expect(drawer.getByText(/UNESCO's World Heritage List export.*never imported/)).toBeVisible({
    timeout: 60_000,
  })
  const show = drawer.getByRole('radiogroup', { name: 'Show rows' })
  await expect(show.getByText('All 1,223')).toBeVisible()
  await expect(show.getByText('New 1,164')).toBeVisible()
  await expect(show.getByText('Unchanged 58')).toBeVisible()
  await expect(show.getByText('Changed 1')).toBeVisible()
  await expect(show.getByText('Invalid 0')).toBeVisible()
  const rows = drawer.getByRole('table', { name: 'Rows of the file' }).locator('tbody > tr')

  // The changed site, field by field.
  await show.getByText('Changed 1').click()
  await expect(rows).toHaveCount(1)
  await drawer.getByRole('button', { name: /^Show the details of line/ }).click()
  const changes = drawer.getByRole('table', { name: /^Changes to / })
  await expect(changes.getByRole('row', { name: /Year inscribed\s*1999\s*→?\s*2000/ })).toBeVisible()

  // The three quirks of the 2024 file are warnings on rows that are still imported: no state party
  // code (line 816), no coordinates, and Ouadi Qadisha's longitude (36.95 where 35.95 is in Lebanon),
  // which the coordinates-in-borders rule finds outside its state party.
  await show.getByText('With warnings 3').click()
  await expect(rows).toHaveCount(3)
  await drawer.getByRole('button', { name: 'Show the details of line 816' }).click()
  await expect(drawer.getByText(/No state party code/).first()).toBeVisible()
  await expect(drawer.getByText(/No coordinates/).first()).toBeVisible()
  await expect(drawer.getByText(/outside LB/).first()).toBeVisible()
  await expect(drawer.getByRole('checkbox', { name: /^Import line 816:/ })).toBeChecked()
  await screenshot(page, 'import-preview')

  await show.getByText('All 1,223').click()
  await drawer.getByRole('button', { name: 'Import 1,165 records' }).click()
  await expect(drawer).toBeHidden({ timeout: 60_000 })
  const notice = page.getByRole('alert').filter({ hasText: 'Imported 1,165 records' })
  await expect(notice).toBeVisible()
  // The notice closes itself after 15 s; with the pointer on it, it waits for the checks below.
  const undoImport = notice.getByRole('button', { name: 'Undo the import' })
  await undoImport.hover()
  await expect(page.getByText('1,223 sites', { exact: true })).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('button', { name: /Sites\s*1,223/ })).toBeVisible()

  await undoImport.click()
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('navigation').getByRole('button', { name: /Sites\s*59/ })).toBeVisible()
  const after = await callApi(page, 'getRecord', 'site', 'whc-1001')
  expect(after.ok && (after.value as Site).yearInscribed).toBe(1999)
})

test('Ctrl+Z on the page undoes an import', async ({ page, shell }) => {
  test.slow()
  shell.fileAnswers.push(UNESCO_CSV)
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click()
  const drawer = page.getByRole('dialog', { name: 'Import records' })
  await drawer.getByRole('button', { name: 'Choose a file…' }).click()
  await drawer.getByRole('button', { name: 'Import 1,164 records' }).click({ timeout: 60_000 })
  await expect(page.getByText('1,223 sites', { exact: true })).toBeVisible({ timeout: 60_000 })
  await page.locator('body').click({ position: { x: 5, y: 790 } })
  await page.keyboard.press('Control+Z')
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible({ timeout: 30_000 })
})

test('a file that cannot be read says why, and nothing is written', async ({ page, shell, datasetPath }) => {
  shell.fileAnswers.push(join(dirname(datasetPath), 'no-such-file.csv'))
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click()
  const drawer = page.getByRole('dialog', { name: 'Import records' })
  await drawer.getByRole('button', { name: 'Choose a file…' }).click()
  const alert = drawer.getByRole('alert')
  await expect(alert).toContainText('The file could not be read: nothing was imported')
  await expect(alert).toContainText('no-such-file.csv')
  const undo = await callApi(page, 'getUndoState')
  expect(undo.ok && undo.value.undo).toBeFalsy()
})

test('a CSV with columns of its own is mapped first, then previewed and imported', async ({
  page,
  shell,
  datasetPath,
}) => {
  const file = join(dirname(datasetPath), 'my-sites.csv')
  await writeFile(
    file,
    'Site name,Kind of site,Country,Year,Criteria\r\nA new place,cultural,FR,1990,(ii)(iv)\r\n',
  )
  shell.fileAnswers.push(file)
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click()
  const drawer = page.getByRole('dialog', { name: 'Import records' })
  await drawer.getByRole('button', { name: 'Choose a file…' }).click()

  await expect(drawer.getByRole('button', { name: 'Preview with this mapping' })).toBeVisible()
  // Main suggests from the column names; the curator settles the rest.
  await expect(drawer.getByRole('combobox', { name: 'Column “Site name”' })).toHaveValue('Name (en)')
  await expect(drawer.getByRole('combobox', { name: 'Column “Country”' })).toHaveValue('States parties')
  await expect(drawer.getByRole('combobox', { name: 'Column “Kind of site”' })).toHaveValue('Not imported')
  for (const [column, target] of [
    ['Kind of site', 'Category'],
    ['Criteria', 'Criteria'],
  ] as const) {
    const select = drawer.getByRole('combobox', { name: `Column “${column}”` })
    await select.click()
    await page.getByRole('option', { name: target, exact: true }).click()
    await expect(select).toHaveValue(target)
  }
  await drawer.getByRole('button', { name: 'Preview with this mapping' }).click()

  const show = drawer.getByRole('radiogroup', { name: 'Show rows' })
  await expect(show.getByText('New 1')).toBeVisible()
  await expect(drawer.getByText('5 of 5 columns mapped.')).toBeVisible()
  await drawer.getByRole('button', { name: 'Import 1 record' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Imported 1 record' })).toBeVisible()
  await expect(page.getByText('60 sites', { exact: true })).toBeVisible()
})

test('the mapping step and the preview speak Chinese', async ({ page, shell, datasetPath }) => {
  const file = join(dirname(datasetPath), 'my-sites.csv')
  // One row importable, one without the category a site needs.
  await writeFile(
    file,
    'Site name,Category,Country,Year,Criteria\r\nA new place,cultural,FR,1990,(ii)(iv)\r\nNo kind,,FR,1991,(i)\r\n',
  )
  shell.fileAnswers.push(file)
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: '简体中文' }).click()
  await page.getByRole('banner').getByRole('button', { name: '导入…' }).click()
  const drawer = page.getByRole('dialog', { name: '导入记录' })
  await drawer.getByRole('button', { name: '选择文件…' }).click()

  await expect(drawer.getByText(/请指定 my-sites\.csv 的每一列对应何处/)).toBeVisible()
  await expect(drawer.getByRole('combobox', { name: '列“Country”' })).toHaveValue('缔约国')
  for (const [column, target] of [
    ['Category', '类别'],
    ['Criteria', '标准'],
  ] as const) {
    const select = drawer.getByRole('combobox', { name: `列“${column}”` })
    await select.click()
    await page.getByRole('option', { name: target, exact: true }).click()
    await expect(select).toHaveValue(target)
  }
  await drawer.getByRole('button', { name: '按此映射预览' }).click()

  const show = drawer.getByRole('radiogroup', { name: '显示的行' })
  await expect(show.getByText('新增 1')).toBeVisible()
  await expect(show.getByText('无效 1')).toBeVisible()
  const rows = drawer.getByRole('table', { name: '文件中的行' })
  await expect(rows.getByRole('columnheader', { name: '说明' })).toBeVisible()
  await expect(rows.getByRole('checkbox', { name: '导入第 2 行：A new place' })).toBeChecked()
  await expect(rows.getByRole('checkbox', { name: '导入第 3 行：No kind' })).toBeDisabled()
  await rows.getByRole('button', { name: '显示第 3 行的详情' }).click()
  await expect(drawer.getByText('无法导入：')).toBeVisible()
  await expect(drawer.getByText('已选择 1 个可导入行中的 1 行。撤销一次即可还原导入。')).toBeVisible()
  await expect(drawer.getByRole('button', { name: '导入 1 条记录' })).toBeEnabled()
  await screenshot(page, 'import-preview-zh')
})

test('a multilingual UNESCO file: columns not imported are listed, a delisted site shows as delisted', async ({
  page,
  shell,
}) => {
  test.slow()
  shell.fileAnswers.push(
    resolve(import.meta.dirname, '../tests/exchange/fixtures/unesco/whc-sites-languages.csv'),
  )
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click()
  const drawer = page.getByRole('dialog', { name: 'Import records' })
  await drawer.getByRole('button', { name: 'Choose a file…' }).click()
  const notImported = drawer.getByRole('alert').filter({ hasText: 'Not imported' })
  await expect(notImported).toContainText('UNESCO’s texts, never imported (licence):')
  await expect(notImported).toContainText('short_description_fr')
  await expect(notImported).toContainText('No field for them in a site:')
  await page.mouse.move(0, 0)
  await screenshot(page, 'import-not-imported')
  await drawer.getByRole('button', { name: /^Import 4 records$/ }).click()
  await expect(drawer).toBeHidden({ timeout: 30_000 })

  await page.getByLabel('Search sites').fill('Dresden')
  const row = page.getByRole('row').filter({ hasText: 'Dresden Elbe Valley' })
  await expect(row.getByText('Delisted 2009')).toBeVisible()
  await screenshot(page, 'sites-delisted')
  await row.click()
  const form = page.getByRole('dialog', { name: 'Edit site' })
  await expect(form.getByRole('textbox', { name: 'Year delisted' })).toHaveValue('2009')
})
