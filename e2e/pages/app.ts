/** Page objects: how a spec finds its way around the app, in the curator's words. */
import { expect, type Locator, type Page } from '@playwright/test'
import { editRecordOnDisk } from './dataset-files'

/** The first table's body rows (the header row has no cells). */
export function tableRows(page: Page): Locator {
  return page.getByRole('table').first().locator('tbody tr')
}

export async function goToSection(page: Page, section: 'Sites' | 'Sources' | 'Statements') {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click()
  await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible()
}

/** Opens a site from the sites table by its English name; answers the drawer. */
export async function openSite(page: Page, englishName: string): Promise<Locator> {
  await page.getByLabel('Search sites').fill(englishName)
  await tableRows(page).filter({ hasText: englishName }).first().click()
  const drawer = page.getByRole('dialog', { name: 'Edit site' })
  await expect(drawer.getByLabel('Name (en)')).toHaveValue(englishName)
  return drawer
}

/** Opens a source from the sources table by (part of) its title; answers the drawer. */
export async function openSource(page: Page, title: string): Promise<Locator> {
  await goToSection(page, 'Sources')
  await page.getByLabel('Search sources').fill(title)
  await tableRows(page).filter({ hasText: title }).first().click()
  const drawer = page.getByRole('dialog', { name: 'Edit source' })
  await expect(drawer.getByLabel('Title', { exact: true })).toHaveValue(new RegExp(title))
  return drawer
}

/** Saves the open form and waits for main's acknowledgement. */
export async function saveForm(page: Page, drawer: Locator) {
  await drawer.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Saved', { exact: true }).last()).toBeVisible()
}

/** Takes the focus out of any text field, so that Ctrl+Z is the app's undo, not the field's. */
export async function focusNothing(page: Page) {
  await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()')
}

/** The header's undo and redo buttons; their accessible names say which step they take. */
export function undoButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: /^(Undo|Nothing to undo)/ })
}

export function redoButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: /^(Redo|Nothing to redo)/ })
}

/** Changes a site's names in its shard behind the app's back, as a sync or an editor would. */
export async function renameSiteOnDisk(datasetPath: string, id: string, names: Record<string, string>) {
  await editRecordOnDisk(datasetPath, 'site', id, (site) => {
    site.name = { ...site.name, ...names }
  })
}

/** Opens "Preferences…" in the header menu and saves the curator name. */
export async function setCuratorName(page: Page, name: string) {
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Preferences…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Preferences' })
  await dialog.getByLabel('Curator name').fill(name)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Preferences saved')).toBeVisible()
  await expect(dialog).toBeHidden()
}

/** Closes every notification on screen, e.g. before a screenshot. */
export async function dismissNotifications(page: Page) {
  const close = page.getByRole('button', { name: 'Dismiss notification' })
  // Always the first: each click removes one, so a second handle taken up front (close.all()) can
  // point at nothing and wait until the test times out. One may also close by itself meanwhile.
  for (let left = 10; left > 0 && (await close.count()) > 0; left -= 1) {
    await close
      .first()
      .click({ timeout: 5_000 })
      .catch(() => undefined)
  }
  await expect(close).toHaveCount(0)
}
