import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { electronBinaryProblem, electronSkipReason } from './electron-binary'

const PROJECT_ROOT = resolve(import.meta.dirname, '../..')

test('the real app opens the sample dataset and lists its 59 sites', async () => {
  const problem = electronBinaryProblem()
  test.skip(problem !== null, electronSkipReason(problem ?? ''))
  const mainEntry = join(PROJECT_ROOT, 'out/main/index.js')
  expect(existsSync(mainEntry), `${mainEntry} is missing: run npm run build first`).toBe(true)

  // The app's user-data folder: empty, so the app starts as on first run, on a copy of data/.
  const userData = await mkdtemp(join(tmpdir(), 'heritage-curator-electron-'))
  const app = await electron.launch({
    // The project folder, as `electron .` does: Electron reads package.json ("main") and sets the
    // app path to this folder, where main finds data/. Given out/main/index.js itself, the app
    // path would be out/main. Root cannot use Chromium's sandbox (CI containers).
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), PROJECT_ROOT],
    cwd: PROJECT_ROOT,
    env: { ...process.env, HERITAGE_CURATOR_DATA_DIR: userData },
  })
  try {
    const window = await app.firstWindow()
    // The first start asks who is editing before anything else.
    const welcome = window.getByRole('dialog', { name: 'Welcome to Heritage Curator' })
    await welcome.getByLabel('Curator name').fill('Electron Test')
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome).toBeHidden()
    await expect(window.getByRole('heading', { name: 'Sites', level: 2 })).toBeVisible()
    await expect(window.getByRole('table')).toBeVisible()
    await expect(window.getByText('59 sites', { exact: true })).toBeVisible()
  } finally {
    await app.close()
    await rm(userData, { recursive: true, force: true })
  }
})
