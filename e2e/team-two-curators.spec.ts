/**
 * Issue 13 with two app instances, each with its own main and its own copy of a bare repository
 * in a shared folder: Alice and Bob edit different fields of one site and both get both; then
 * they edit the same fields, and Bob, the second to pull, resolves them in his Conflicts view
 * (one field by taking Alice's value, one by writing a new one), pushes, and Alice gets it.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { goToSection, openSite } from './pages/app'
import { commitAll, editSite, expectSite, goToTeam, syncFromMenu, teamTest } from './pages/team'

test.describe.configure({ timeout: 300_000 })

const PUSHED = 'Pushed your commits to the team.'
const PULLED = "Pulled the team's commits."

/** The row of one field in the Conflicts view. */
const conflictRow = (page: Page, path: string) =>
  page.locator(`[data-testid="conflict-field"][data-path="${path}"]`)

teamTest(
  'two curators: different fields merge on both sides; the same fields are resolved in the UI',
  async ({ twoCurators: { alice, bob } }) => {
    // Different fields of the Mogao Caves: Alice the English name, Bob the Chinese one.
    await editSite(alice, 'Mogao Caves', { 'Name (en)': 'Mogao Grottoes' })
    await commitAll(alice, 'Mogao: the name UNESCO uses')
    await syncFromMenu(alice, 'Push', PUSHED)

    await editSite(bob, 'Mogao Caves', { 'Name (zh)': '敦煌莫高窟' })
    await commitAll(bob, 'Mogao: the name with its town')
    await syncFromMenu(bob, 'Pull and push', PUSHED)
    await syncFromMenu(alice, 'Pull', PULLED)

    for (const curator of [alice, bob])
      await expectSite(curator, 'Mogao Grottoes', {
        'Name (en)': 'Mogao Grottoes',
        'Name (zh)': '敦煌莫高窟',
      })

    // The same two fields, changed differently on each side; Alice pushes first.
    await editSite(alice, 'Mogao Grottoes', {
      'Name (en)': 'Mogao Caves of Dunhuang',
      'Name (zh)': '莫高石窟',
    })
    await commitAll(alice, 'Mogao: Dunhuang in the name')
    await syncFromMenu(alice, 'Push', PUSHED)

    await editSite(bob, 'Mogao Grottoes', {
      'Name (en)': 'Caves of the Thousand Buddhas',
      'Name (zh)': '千佛洞',
    })
    await commitAll(bob, 'Mogao: the older names')
    await syncFromMenu(bob, 'Pull and push', 'Some records need you')

    // Bob's Conflicts view: base, mine and theirs of both names; nothing written yet.
    await expect(bob.getByTestId('conflict-record')).toHaveCount(1)
    const english = conflictRow(bob, '/name/en')
    const chinese = conflictRow(bob, '/name/zh')
    await expect(english).toContainText('Mogao Grottoes')
    await expect(english).toContainText('Caves of the Thousand Buddhas')
    await expect(english).toContainText('Mogao Caves of Dunhuang')
    await expect(chinese).toContainText('敦煌莫高窟')
    await expect(chinese).toContainText('千佛洞')
    await expect(chinese).toContainText('莫高石窟')
    await expect(bob.getByTestId('conflicts-count')).toHaveText('0 of 1 records resolved')

    // The English name: Alice's. The Chinese one: a new value written in the view.
    await english.getByText('Theirs', { exact: true }).click()
    await chinese.getByText('Edit', { exact: true }).click()
    await chinese.getByLabel('New value of Name (zh)').fill('莫高窟（千佛洞）')
    await chinese.getByRole('button', { name: 'Use this value' }).click()
    await expect(chinese).toContainText('莫高窟（千佛洞）')
    await expect(bob.getByTestId('conflicts-count')).toHaveText('1 of 1 records resolved')
    await bob.getByRole('button', { name: 'Finish the merge' }).click()
    await expect(bob.getByText('Merged: the result is committed and written.')).toBeVisible()
    await expect(bob.getByTestId('sync-main')).toContainText('Push')
    await expect(bob.getByTestId('sync-main')).toContainText('↑1')
    await bob.getByTestId('sync-main').click()
    await expect(bob.getByText(PUSHED)).toBeVisible()

    // Alice pulls the resolution; both see the same site.
    await syncFromMenu(alice, 'Pull', PULLED)
    for (const curator of [alice, bob])
      await expectSite(curator, 'Mogao Caves of Dunhuang', {
        'Name (en)': 'Mogao Caves of Dunhuang',
        'Name (zh)': '莫高窟（千佛洞）',
      })
    // The site's own team history, in its History tab: every commit that changed it, and who.
    await goToSection(alice, 'Sites')
    const drawer = await openSite(alice, 'Mogao Caves of Dunhuang')
    await drawer.getByRole('tab', { name: 'History' }).click()
    const commits = drawer.getByTestId('record-team-history').getByTestId('record-commit')
    for (const summary of ['the name UNESCO uses', 'the name with its town', 'Dunhuang in the name'])
      await expect(commits.filter({ hasText: `Mogao: ${summary}` })).toHaveCount(1)
    await expect(commits.first()).toContainText('Mogao: the older names')
    await expect(commits.first()).toContainText('Bob Wang')
    await expect(commits.filter({ hasText: 'Mogao: Dunhuang in the name' })).toContainText('Alice Li')
    await alice.keyboard.press('Escape')

    // Bob's team history names both curators.
    await goToTeam(bob)
    await bob.getByRole('tab', { name: 'History' }).click()
    await expect(bob.getByTestId('history-entry').filter({ hasText: 'Alice Li' })).toHaveCount(3)
    await expect(bob.getByTestId('history-entry').filter({ hasText: 'Bob Wang' })).toHaveCount(2)
  },
)
