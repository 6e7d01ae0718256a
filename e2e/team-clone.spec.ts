/**
 * "Clone a team dataset…" (issue 13): the team's copy in a shared folder, an empty folder for the
 * curator's copy, both chosen in main's folder dialog; a bad address and a folder that is not
 * empty are refused with a clear message and change nothing; a good clone opens in the app.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { callApi, expect, screenshot, test } from './fixtures'
import { dismissNotifications } from './pages/app'
import { aliceShares, commitAll, editSite, goToTeam } from './pages/team'

test.describe.configure({ timeout: 240_000 })

test('clones the team dataset from a shared folder into an empty folder and opens it', async ({
  page,
  datasetPath,
  shell,
}) => {
  const root = dirname(datasetPath)
  const remote = await aliceShares(page, shell, datasetPath)
  await editSite(page, 'Mogao Caves', { 'Name (en)': 'Mogao Grottoes' })
  await commitAll(page, 'Mogao: the name UNESCO uses')
  await page.getByTestId('sync-main').click()
  await expect(page.getByText('Pushed your commits to the team.')).toBeVisible()
  await dismissNotifications(page)

  await goToTeam(page)
  await page.getByTestId('clone-button').click()
  const form = page.getByTestId('clone-form')
  await expect(form).toBeVisible()

  // A remote the app refuses: said before any folder is asked for.
  await form.getByLabel('Server address').fill('ssh://git@example.org/team/heritage.git')
  await form.getByRole('button', { name: 'Clone from this server' }).click()
  await expect(form.getByTestId('clone-error')).toContainText(
    'only http and https servers are supported, not ssh',
  )
  await expect(form.getByTestId('clone-error')).toContainText('cannot be used')

  // A folder that already holds something: refused, and left as it was.
  const busy = join(root, 'busy')
  await mkdir(busy)
  await writeFile(join(busy, 'notes.txt'), 'mine\n')
  shell.folderAnswers.push(remote, busy)
  await form.getByRole('button', { name: 'Clone from a shared folder…' }).click()
  await expect(form.getByTestId('clone-error')).toContainText('is not empty')
  expect(await readdir(busy)).toEqual(['notes.txt'])
  await expect(page.getByTestId('dataset-name')).toHaveAttribute('title', datasetPath)
  await page.mouse.move(0, 0)
  await screenshot(page, 'team-clone')

  // The dialog cancelled: nothing happens, the form stays.
  shell.folderAnswers.push(remote)
  await form.getByRole('button', { name: 'Clone from a shared folder…' }).click()
  await expect(form).toBeVisible()

  // An empty folder: the copy is made and opens in place of the dataset.
  const copy = join(root, 'alice-copy')
  shell.folderAnswers.push(remote, copy)
  await form.getByRole('button', { name: 'Clone from a shared folder…' }).click()
  await expect(page.getByText('Cloned and opened')).toBeVisible()
  await expect(form).toBeHidden()
  await expect(page.getByTestId('dataset-name')).toHaveAttribute('title', copy)
  // The copy is a team dataset on the shared folder, with the team's history.
  await expect(page.getByTestId('sync-main')).toContainText('Fetch')
  await page.getByRole('tab', { name: 'History' }).click()
  await expect(
    page.getByTestId('history-entry').filter({ hasText: 'Mogao: the name UNESCO uses' }),
  ).toHaveCount(1)
  expect(await callApi(page, 'getTeamStatus')).toMatchObject({ ok: true, value: { remote: { url: remote } } })
  expect(await callApi(page, 'getRecord', 'site', 'whc-440')).toMatchObject({
    ok: true,
    value: { name: { en: 'Mogao Grottoes' } },
  })
})
