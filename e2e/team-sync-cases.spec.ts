/**
 * Issue 13, two cases of the sync in the app: a pull or push cancelled while it waits on a slow
 * server loses nothing and leaves true counts; and a clean merge that makes an invalid record
 * (two valid edits that do not fit together) stops in the Conflicts view like any conflict.
 */
import type { Page } from '@playwright/test'
import type { RecordOf } from '@shared/domain'
import { callApi, expect, test } from './fixtures'
import { startStalledServer } from './fixtures/stalled-server'
import { dismissNotifications } from './pages/app'
import { aliceShares, commitAll, editSite, expectSite, goToTeam, syncFromMenu, teamTest } from './pages/team'

test.describe.configure({ timeout: 300_000 })

/** Starts a sync from the control's menu, waits until it runs, and cancels it. */
async function startAndCancel(page: Page, action: 'Pull' | 'Push') {
  await page.getByTestId('sync-menu').click()
  await page.getByRole('menuitem', { name: action, exact: true }).click()
  const progress = page.getByTestId('sync-progress')
  await expect(progress).toBeVisible()
  await progress.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText('Cancelled: nothing was changed.')).toBeVisible()
  await expect(progress).toBeHidden()
  await dismissNotifications(page)
}

test('a pull and a push cancelled on a slow server lose nothing; the next push sends it all', async ({
  page,
  datasetPath,
  shell,
}) => {
  const remote = await aliceShares(page, shell, datasetPath)
  await editSite(page, 'Mogao Caves', { 'Name (en)': 'Mogao Grottoes' })
  await commitAll(page, 'Mogao: the name UNESCO uses')

  const slow = await startStalledServer()
  try {
    const set = await callApi(page, 'setTeamRemote', { url: slow.url('heritage.git') })
    expect(set.ok).toBe(true)
    await goToTeam(page)
    await startAndCancel(page, 'Pull')
    // A push takes only commits: an edit not committed yet stays as it is.
    await editSite(page, 'Mogao Grottoes', { 'Name (zh)': '敦煌莫高窟' })
    await goToTeam(page)
    await startAndCancel(page, 'Push')
    expect(slow.received).toBeGreaterThan(0)
  } finally {
    await slow.close()
  }

  // Nothing lost: the commit is still ahead, the uncommitted edit is still listed, both in the form.
  await expect(page.getByTestId('sync-main')).toContainText('↑1')
  await expect(page.getByTestId('sync-main')).toContainText('↓0')
  await expect(page.getByTestId('change-item')).toHaveCount(1)
  await expect(page.getByTestId('change-item')).toContainText('敦煌莫高窟')
  await expectSite(page, 'Mogao Grottoes', { 'Name (en)': 'Mogao Grottoes', 'Name (zh)': '敦煌莫高窟' })

  // Back on the shared folder, the push sends the commit.
  shell.folderAnswers.push(remote)
  expect((await callApi(page, 'setTeamRemote', { folder: 'choose' })).ok).toBe(true)
  await syncFromMenu(page, 'Push', 'Pushed your commits to the team.')
  await expect(page.getByTestId('sync-main')).toContainText('↑0')
  await page.getByRole('tab', { name: 'History' }).click()
  await expect(page.getByTestId('history-entry').first()).toContainText('Mogao: the name UNESCO uses')
})

teamTest(
  'a clean merge that makes an invalid site is shown in Conflicts and is fixed there',
  async ({ twoCurators: { alice, bob } }) => {
    // Mount Wuyi is mixed (iii, vi, vii, x). Alice makes it natural (vii, x): valid.
    const site = async (page: Page) => {
      const answer = await callApi(page, 'getRecord', 'site', 'whc-911')
      if (!answer.ok) throw new Error(answer.error.message)
      return answer.value as RecordOf['site']
    }
    const wuyi = await site(alice)
    expect(wuyi).toMatchObject({ category: 'mixed', criteria: ['iii', 'vi', 'vii', 'x'] })
    const natural: RecordOf['site'] = { ...wuyi, category: 'natural', criteria: ['vii', 'x'] }
    expect((await callApi(alice, 'saveRecord', 'site', natural)).ok).toBe(true)
    await commitAll(alice, 'Mount Wuyi: natural only')
    await syncFromMenu(alice, 'Push', 'Pushed your commits to the team.')

    // Bob adds criterion i to the mixed site: valid too. Merged: natural with criterion i.
    const bobs = await site(bob)
    const withI: RecordOf['site'] = { ...bobs, criteria: ['i', ...bobs.criteria] }
    expect((await callApi(bob, 'saveRecord', 'site', withI)).ok).toBe(true)
    await commitAll(bob, 'Mount Wuyi: criterion i')
    await syncFromMenu(bob, 'Pull and push', 'Some records need you')

    const record = bob.getByTestId('conflict-record')
    await expect(record).toHaveCount(1)
    await expect(record).toContainText('Mount Wuyi')
    await expect(record.getByTestId('conflict-issues')).toContainText('The result is not valid yet')
    const criteria = record.locator('[data-testid="conflict-field"][data-path="/criteria"]')
    await expect(criteria).toHaveCount(1)
    await expect(record.locator('[data-testid="conflict-field"][data-path="/category"]')).toHaveCount(1)
    await expect(bob.getByTestId('conflicts-count')).toHaveText('0 of 1 records resolved')

    // No field to choose, but not valid: it cannot be finished as it is, and nothing is written.
    await expect(record).toContainText('Not valid yet')
    await expect(bob.getByRole('button', { name: 'Finish the merge' })).toBeDisabled()
    expect(await site(bob)).toMatchObject({ category: 'mixed' })

    // Alice's criteria fit her category: the record is valid, and the merge finishes.
    await criteria.getByText('Theirs', { exact: true }).click()
    await expect(record.getByTestId('conflict-issues')).toHaveCount(0)
    await expect(record).toContainText('Resolved')
    await expect(bob.getByTestId('conflicts-count')).toHaveText('1 of 1 records resolved')
    await bob.getByRole('button', { name: 'Finish the merge' }).click()
    await expect(bob.getByText('Merged: the result is committed and written.')).toBeVisible()
    await expect.poll(async () => site(bob)).toMatchObject({ category: 'natural', criteria: ['vii', 'x'] })
  },
)
