/**
 * Issue 13 in the app: Alice shares the dataset through a folder, edits a site and commits it
 * in the Changes view; Bob (main's services over his own copy) changed the same field and pushed
 * first; Alice's pull stops in the Conflicts view, where she takes Bob's value and finishes.
 */
import { cp, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Page } from '@playwright/test'
import type { RecordOf } from '@shared/domain'
import { createMainServices } from '../src/main/services/main-services'
import { callApi, expect, SAMPLE_DATASET_DIR, screenshot, test } from './fixtures'
import { dismissNotifications, openSite, saveForm } from './pages/app'

test.describe.configure({ timeout: 240_000 })

/** Bob: main's services over a copy of the team's dataset made from the shared folder. */
async function bobCopy(root: string, remote: string) {
  const answers = [remote, join(root, 'bob')]
  // Bob's app opens on a dataset of his own before he copies the team's.
  await cp(SAMPLE_DATASET_DIR, join(root, 'bob-start'), { recursive: true })
  const bob = await createMainServices({
    datasetPath: join(root, 'bob-start'),
    userDataDir: join(root, 'bob-data'),
    pickFolder: async () => answers.shift() ?? null,
  })
  const call = async <T>(method: string, ...args: unknown[]): Promise<T> => {
    const result = await bob.dispatch(method, args)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.value as T
  }
  await call('savePreferences', { curatorName: 'Bob Wang', curatorEmail: 'bob@example.org' })
  await call('cloneTeamDataset', { folder: 'choose' })
  return { services: bob, call }
}

async function goToTeam(page: Page) {
  await page.getByTestId('nav-team').click()
  await expect(page.getByRole('heading', { name: 'Team', level: 2 })).toBeVisible()
}

test('edit, commit, conflict, resolve: the team views end to end', async ({ page, datasetPath, shell }) => {
  const root = dirname(datasetPath)
  const remote = join(root, 'shared', 'heritage.git')
  await mkdir(remote, { recursive: true })
  await callApi(page, 'savePreferences', { curatorName: 'Alice Li', curatorEmail: 'alice@example.org' })

  // Alice starts the history and points it at the shared folder.
  await goToTeam(page)
  await page.getByRole('button', { name: 'Start the team history' }).click()
  await expect(page.getByTestId('no-changes')).toBeVisible()
  shell.folderAnswers.push(remote)
  await page.getByTestId('remote-button').click()
  await page.getByRole('button', { name: 'Choose a shared folder…' }).click()
  await expect(page.getByTestId('remote-form')).toHaveCount(0)
  await expect(page.getByTestId('sync-main')).toContainText('Push')
  await page.getByTestId('sync-main').click()
  await expect(page.getByText('Pushed your commits to the team.')).toBeVisible()
  await dismissNotifications(page)

  // Bob copies it, renames the Mogao Caves and pushes first.
  const bob = await bobCopy(root, remote)
  try {
    const site = await bob.call<RecordOf['site']>('getRecord', 'site', 'whc-440')
    await bob.call('saveRecord', 'site', { ...site, name: { ...site.name, en: 'Mogao Grottoes' } })
    await bob.call('commitTeamChanges', 'The name UNESCO uses')
    await bob.call('syncTeam', 'push')
  } finally {
    await bob.services.close()
  }

  // Alice renames the same site in its form; the Changes view lists it field by field.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Sites/ })
    .click()
  const drawer = await openSite(page, 'Mogao Caves')
  await drawer.getByLabel('Name (en)').fill('Caves of the Thousand Buddhas')
  await saveForm(page, drawer)
  await page.keyboard.press('Escape')
  await dismissNotifications(page)
  await goToTeam(page)
  const change = page.getByTestId('change-item')
  await expect(change).toHaveCount(1)
  await expect(change).toContainText('Caves of the Thousand Buddhas')
  await expect(change.getByRole('row', { name: /Name \(en\)/ })).toContainText('Mogao Caves')
  await page.getByLabel('Summary').fill('Mogao: the older English name')
  await screenshot(page, 'team-changes')
  await page.getByRole('button', { name: 'Commit 1 record' }).click()
  await expect(page.getByTestId('no-changes')).toBeVisible()

  // Fetch shows one commit each way; the one button then pulls and pushes.
  await page.getByTestId('sync-menu').click()
  await page.getByRole('menuitem', { name: 'Fetch' }).click()
  await expect(page.getByTestId('sync-main')).toContainText('Pull and push')
  await expect(page.getByTestId('sync-main')).toContainText('↓1')
  await expect(page.getByTestId('sync-main')).toContainText('↑1')
  await dismissNotifications(page)
  await page.mouse.move(0, 0)
  await screenshot(page, 'team-sync-control')
  await page.getByTestId('sync-main').click()

  // The pull stops for Alice: base, mine, theirs and the result of the English name.
  await expect(page.getByText('Some records need you')).toBeVisible()
  const record = page.getByTestId('conflict-record')
  await expect(record).toHaveCount(1)
  const field = record.getByTestId('conflict-field')
  await expect(field).toContainText('Mogao Caves')
  await expect(field).toContainText('Caves of the Thousand Buddhas')
  await expect(field).toContainText('Mogao Grottoes')
  await expect(page.getByTestId('conflicts-count')).toHaveText('0 of 1 records resolved')
  await dismissNotifications(page)
  await page.mouse.move(0, 0)
  await screenshot(page, 'team-conflicts')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(page, 'team-conflicts-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  // The same view in Chinese, then back to English.
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: '简体中文' }).click()
  await expect(page.getByTestId('conflicts-count')).toHaveText('已解决 0 / 1 条记录')
  await screenshot(page, 'team-conflicts-zh')
  await page.getByRole('button', { name: '更多操作' }).click()
  await page.getByRole('menuitem', { name: 'English' }).click()
  await expect(page.getByTestId('conflicts-count')).toHaveText('0 of 1 records resolved')

  // Nothing was written yet: the site still has Alice's name.
  expect((await callApi(page, 'getRecord', 'site', 'whc-440')) as unknown).toMatchObject({
    ok: true,
    value: { name: { en: 'Caves of the Thousand Buddhas' } },
  })
  await field.getByText('Theirs', { exact: true }).click()
  await expect(page.getByTestId('conflicts-count')).toHaveText('1 of 1 records resolved')
  await screenshot(page, 'team-conflicts-resolved')
  await page.getByRole('button', { name: 'Finish the merge' }).click()
  await expect(page.getByText('Merged: the result is committed and written.')).toBeVisible()
  await expect(page.getByTestId('no-conflicts')).toBeVisible()
  await expect
    .poll(
      async () =>
        ((await callApi(page, 'getRecord', 'site', 'whc-440')) as { value: RecordOf['site'] }).value.name.en,
    )
    .toBe('Mogao Grottoes')

  // History: both commits, who and which record.
  await page.getByRole('tab', { name: 'History' }).click()
  await expect(page.getByTestId('history-entry').filter({ hasText: 'Bob Wang' })).toHaveCount(1)
  await expect(page.getByTestId('history-entry').first()).toContainText('Mogao')
  await screenshot(page, 'team-history')
})
