/** Page objects: how a spec finds its way around the app, in the curator's words. */
import { expect, type Locator, type Page } from '@playwright/test'
import { editRecordOnDisk } from './dataset-files'
import type { MainServices } from '../../src/main/services/main-services'
import { callApi } from '../fixtures/helpers'

/**
 * Clicks a button that adds a row to a form (a qualifier, a reference) until the row is there.
 * The form's issues arrive from main 150 ms after the last keystroke and can move the button
 * while it is clicked; the click is made again only when the row has not appeared.
 */
export async function addFormRow(form: Locator, button: string, row: Locator) {
  await expect(async () => {
    if ((await row.count()) === 0) await form.getByRole('button', { name: button }).click()
    await expect(row).toHaveCount(1, { timeout: 2_000 })
  }).toPass()
}

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
  await expect(drawer.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(new RegExp(title))
  return drawer
}

/** Saves the open form and waits for main's acknowledgement. */
export async function saveForm(page: Page, drawer: Locator) {
  await expectNotice(page, 'Saved', () => drawer.getByRole('button', { name: 'Save', exact: true }).click())
}

/**
 * In the page: keeps the title and message of every notification shown, for `expectNotice`.
 * Plain JavaScript in a string, as the node tsconfig has no DOM types.
 */
const WATCH_NOTICES = `(() => {
  if (window.__notices) return
  window.__notices = []
  new MutationObserver((mutations) => {
    for (const mutation of mutations)
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue
        const parts = node.querySelectorAll('.mantine-Notification-title, .mantine-Notification-description')
        for (const part of parts) window.__notices.push(part.textContent)
      }
  }).observe(document.body, { childList: true, subtree: true })
})()`

function noticesSaying(page: Page, text: string): Promise<number> {
  return page.evaluate(`window.__notices.filter((notice) => notice === ${JSON.stringify(text)}).length`)
}

/**
 * Runs `action` and waits until the page shows a notification saying `text`. A toast lasts four
 * seconds, and on a loaded machine Playwright may still be reporting the click when it has gone
 * (seen: 8 s in "waiting for scheduled navigations"): so the page watches from before the action,
 * and a toast left over from an earlier step does not count.
 */
export async function expectNotice(page: Page, text: string, action: () => Promise<void>) {
  await page.evaluate(WATCH_NOTICES)
  const before = await noticesSaying(page, text)
  await action()
  await expect
    .poll(() => noticesSaying(page, text), { message: `a notice “${text}”` })
    .toBeGreaterThan(before)
}

/**
 * Waits until main has done every write the page has asked for so far, so that "nothing was
 * saved" can be read without racing a save still on its way: a call from the page arrives behind
 * the page's earlier calls (main queues a commit as its call arrives), and a compaction runs
 * behind every commit queued before it.
 */
export async function mainSettled(page: Page, services: MainServices) {
  await callApi(page, 'getUndoState')
  await services.flush()
}

/** Main's undo state as the page would read it: `{}` when there is nothing to undo or redo. */
export async function undoState(page: Page) {
  const answer = await callApi(page, 'getUndoState')
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value
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
