/**
 * The app's dialogs and drawers as layout-sizes.spec.ts opens them, each from a freshly loaded
 * app on the Sites page: how to open it, and the buttons a curator must be able to reach.
 */
import { resolve } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'
import type { ShellStub } from '../fixtures/app'
import { addFormRow, focusNothing, goToSection, openSite, openSource } from './app'
import { LONG_EN } from './layout'
import { goToTeam } from './team'

/** A small UNESCO export (a few sites, names in several languages): its preview shows at once. */
const SMALL_UNESCO_CSV = resolve(
  import.meta.dirname,
  '../../tests/exchange/fixtures/unesco/whc-sites-languages.csv',
)

export interface DialogVisit {
  name: string
  shot: string
  /** Opens the dialog; answers the buttons that must be in reach. */
  open(page: Page): Promise<Locator[]>
}

const named = (scope: Locator, ...names: Array<string | RegExp>) =>
  names.map((name) => scope.getByRole('button', { name, exact: typeof name === 'string' }))

async function newStatement(page: Page): Promise<Locator> {
  await goToSection(page, 'Statements')
  await page.getByRole('button', { name: 'New statement' }).click()
  return page.getByRole('dialog', { name: 'New statement' })
}

export function dialogsToOpen(shell: ShellStub): DialogVisit[] {
  return [
    {
      name: 'New site',
      shot: 'dialog-new-site',
      open: async (page) => {
        await page.getByRole('button', { name: 'New site' }).click()
        return named(page.getByRole('dialog', { name: 'New site' }), 'Save', 'Cancel')
      },
    },
    {
      name: 'Edit site',
      shot: 'dialog-edit-site',
      open: async (page) => named(await openSite(page, LONG_EN), 'Save', 'Cancel', 'Delete'),
    },
    {
      name: 'Edit source',
      shot: 'dialog-edit-source',
      open: async (page) =>
        named(await openSource(page, 'China expects more exchanges'), 'Save', 'Cancel', 'Delete'),
    },
    {
      name: 'New statement',
      shot: 'dialog-new-statement',
      open: async (page) => named(await newStatement(page), 'Save', 'Cancel'),
    },
    {
      name: 'New source (from a reference)',
      shot: 'dialog-new-source',
      open: async (page) => {
        const drawer = await newStatement(page)
        const reference = drawer.getByRole('group', { name: 'Reference 1' })
        await addFormRow(drawer, 'Add reference', reference)
        await reference.getByLabel(/^Source(?: \*)?$/).fill('Dunhuang Academy')
        await page.getByRole('option', { name: /^New source… “Dunhuang Academy”/ }).click()
        return named(page.getByRole('dialog', { name: 'New source' }), 'Create source', 'Cancel')
      },
    },
    {
      name: 'Export',
      shot: 'dialog-export',
      open: async (page) => {
        await page.getByRole('banner').getByRole('button', { name: 'Export…' }).click()
        const dialog = page.getByRole('dialog', { name: 'Export dataset' })
        await expect(dialog.getByRole('radiogroup', { name: 'Format' })).toBeVisible()
        return named(dialog, 'Export…', 'Cancel')
      },
    },
    {
      name: 'Import preview',
      shot: 'dialog-import',
      open: async (page) => {
        shell.fileAnswers.push(SMALL_UNESCO_CSV)
        await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click()
        const drawer = page.getByRole('dialog', { name: 'Import records' })
        await drawer.getByRole('button', { name: 'Choose a file…' }).click()
        await expect(drawer.getByRole('radiogroup', { name: 'Show rows' })).toBeVisible({ timeout: 60_000 })
        return named(drawer, /^Import \d[\d,]* records?$/, 'Cancel')
      },
    },
    {
      name: 'Clone a team dataset',
      shot: 'dialog-clone',
      open: async (page) => {
        await goToTeam(page)
        await page.getByTestId('clone-button').click()
        const form = page.getByTestId('clone-form')
        await form.getByLabel('Server address').fill('https://example.org/team/heritage.git')
        return named(form, 'Clone from this server', 'Clone from a shared folder…')
      },
    },
    {
      name: 'Command palette',
      shot: 'dialog-palette',
      open: async (page) => {
        await focusNothing(page)
        await page.keyboard.press('ControlOrMeta+k')
        const palette = page.getByRole('textbox', { name: 'Command palette' })
        await expect(palette).toBeFocused()
        await page.keyboard.type('duplicates')
        return [page.getByRole('button', { name: 'Go to Duplicates' })]
      },
    },
    {
      name: 'Preferences',
      shot: 'dialog-preferences',
      open: async (page) => {
        await page.getByRole('button', { name: 'More actions' }).click()
        await page.getByRole('menuitem', { name: 'Preferences…' }).click()
        return named(page.getByRole('dialog', { name: 'Preferences' }), 'Save', 'Cancel')
      },
    },
  ]
}
