/**
 * "Clone a team dataset…" from a slow server (issue 13): the team's bare repository served over
 * http by system git's `git http-backend`, its packs throttled; the curator sees the clone's
 * progress move, cancels it, is told in plain words that no copy was made, the chosen folder is
 * left empty and the open dataset stays open; at full speed a second clone into it then works.
 */
import { readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { httpBackendMissing, startGitHttpServer } from '../tests/team/support/git-http-server'
import { expect, screenshot, test } from './fixtures'
import { aliceShares, goToTeam } from './pages/team'

test.describe.configure({ timeout: 240_000 })

const missing = httpBackendMissing()

test('a clone from a slow server shows its progress, can be cancelled, and can then be made', async ({
  page,
  datasetPath,
  shell,
}) => {
  test.skip(missing !== undefined, `needs git http-backend: ${missing}`)
  const root = dirname(datasetPath)
  const remote = await aliceShares(page, shell, datasetPath)
  const server = await startGitHttpServer(dirname(remote))
  try {
    // About 2.5 KB a second: the sample's pack takes many seconds to come.
    server.throttle = { bytes: 256, everyMs: 100 }
    const url = server.url('heritage.git')
    const copy = join(root, 'bob-copy')

    await goToTeam(page)
    await page.getByTestId('clone-button').click()
    const form = page.getByTestId('clone-form')
    await form.getByLabel('Server address').fill(url)
    shell.folderAnswers.push(copy)
    await form.getByRole('button', { name: 'Clone from this server' }).click()

    // The progress moves past "Starting…" to the server's own counts, the bar with them.
    const progress = form.getByTestId('clone-progress')
    await expect(progress).toContainText(/Fetching: \d+ of \d+/)
    await expect(progress.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow', '0')
    await expect(form.getByRole('button', { name: 'Clone from this server' })).toBeDisabled()
    await page.mouse.move(0, 0)
    await screenshot(page, 'team-clone-progress')

    await progress.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByText('Cancelled: no copy was made.')).toBeVisible()
    await expect(progress).toBeHidden()
    await expect(form.getByTestId('clone-error')).toHaveCount(0)
    // Nothing half-cloned: the folder is empty, and the dataset open before is still open.
    expect(await readdir(copy).catch(() => [])).toEqual([])
    await expect(page.getByTestId('dataset-name')).toHaveAttribute('title', datasetPath)

    // At full speed, the same folder takes the copy, which opens.
    server.throttle = undefined
    shell.folderAnswers.push(copy)
    await form.getByRole('button', { name: 'Clone from this server' }).click()
    await expect(page.getByText('Cloned and opened')).toBeVisible({ timeout: 60_000 })
    await expect(page.getByTestId('dataset-name')).toHaveAttribute('title', copy)
    await expect(page.getByTestId('sync-main')).toContainText('Fetch')
  } finally {
    await server.close()
  }
})
