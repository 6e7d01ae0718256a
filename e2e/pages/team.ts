/**
 * The team section driven as a curator does (issue 13): a team on a bare repository in a shared
 * folder, edits in the site form, commits in Changes, the one sync control and its menu.
 */
import { cp, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  callApi,
  expect,
  reloadApp,
  SAMPLE_DATASET_DIR,
  test,
  type AppInstance,
  type ShellStub,
} from '../fixtures'
import type { OwnMachine } from '../fixtures'
import { dismissNotifications, goToSection, openSite, saveForm } from './app'

export async function goToTeam(page: Page) {
  await page.getByTestId('nav-team').click()
  await expect(page.getByRole('heading', { name: 'Team', level: 2 })).toBeVisible()
}

/** Answers the call's Result value, or fails the test with main's message. */
async function value<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const result = await answer
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** The curator's name and e-mail for their commits (Preferences). */
export async function signAs(page: Page, name: string, email: string) {
  await value(callApi(page, 'savePreferences', { curatorName: name, curatorEmail: email }))
}

/**
 * Makes the open dataset the team's first version in an empty bare repository `remote` (the
 * setup the UI of team.spec.ts shows; here through the same API calls).
 */
export async function shareDataset(page: Page, shell: ShellStub, remote: string) {
  await mkdir(remote, { recursive: true })
  await value(callApi(page, 'initTeamRepository'))
  shell.folderAnswers.push(remote)
  await value(callApi(page, 'setTeamRemote', { folder: 'choose' }))
  await value(callApi(page, 'syncTeam', 'push'))
}

/**
 * Another curator's app, on their own machine (dataset and user data under `root/<name>-…`),
 * which copies the team's dataset from `remote` and shows it.
 */
export async function curatorWithCopy(
  launchApp: (own?: OwnMachine) => Promise<AppInstance>,
  shell: ShellStub,
  root: string,
  remote: string,
  who: { name: string; email: string },
): Promise<AppInstance> {
  const slug = who.name.split(' ')[0]!.toLowerCase()
  const start = join(root, `${slug}-start`)
  await cp(SAMPLE_DATASET_DIR, start, { recursive: true })
  const app = await launchApp({
    datasetPath: start,
    userDataDir: join(root, `${slug}-data`),
    curatorName: who.name,
  })
  await signAs(app.page, who.name, who.email)
  shell.folderAnswers.push(remote, join(root, slug))
  await value(callApi(app.page, 'cloneTeamDataset', { folder: 'choose' }))
  await reloadApp(app.page)
  return app
}

/** Alice, in the default app, shares its dataset through a bare repository in a shared folder (answered). */
export async function aliceShares(page: Page, shell: ShellStub, datasetPath: string): Promise<string> {
  const remote = join(dirname(datasetPath), 'shared', 'heritage.git')
  await signAs(page, 'Alice Li', 'alice@example.org')
  await shareDataset(page, shell, remote)
  return remote
}

/** Bob, in a second app on a machine of his own, with his copy of the team's dataset: his page. */
export async function bobJoins(
  launchApp: (own?: OwnMachine) => Promise<AppInstance>,
  shell: ShellStub,
  datasetPath: string,
  remote: string,
): Promise<Page> {
  const bob = { name: 'Bob Wang', email: 'bob@example.org' }
  return (await curatorWithCopy(launchApp, shell, dirname(datasetPath), remote, bob)).page
}

/**
 * A test that starts with two curators: Alice, in the default app, shares its dataset through a
 * shared folder (`remote`), and Bob, in a second app, has his copy of it.
 */
export const teamTest = test.extend<{ twoCurators: { alice: Page; bob: Page; remote: string } }>({
  twoCurators: async ({ page, datasetPath, shell, launchApp }, use) => {
    const remote = await aliceShares(page, shell, datasetPath)
    await use({ alice: page, bob: await bobJoins(launchApp, shell, datasetPath, remote), remote })
  },
})

/** Opens a site's form by its English name, sets the fields by label, saves and closes it. */
export async function editSite(page: Page, englishName: string, fields: Record<string, string>) {
  await goToSection(page, 'Sites')
  const drawer = await openSite(page, englishName)
  for (const [label, text] of Object.entries(fields)) await drawer.getByLabel(label).fill(text)
  await saveForm(page, drawer)
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await dismissNotifications(page)
}

/** Expects a site's form to show these values, then closes it. */
export async function expectSite(page: Page, englishName: string, fields: Record<string, string>) {
  await goToSection(page, 'Sites')
  const drawer = await openSite(page, englishName)
  for (const [label, text] of Object.entries(fields)) await expect(drawer.getByLabel(label)).toHaveValue(text)
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
}

/** Commits every changed record in the Changes view with `summary`. */
export async function commitAll(page: Page, summary: string) {
  await goToTeam(page)
  await page.getByRole('tab', { name: /Changes/ }).click()
  await expect(page.getByTestId('change-item').first()).toBeVisible()
  await page.getByLabel('Summary').fill(summary)
  await page.getByRole('button', { name: /^Commit \d+ records?$/ }).click()
  await expect(page.getByTestId('no-changes')).toBeVisible()
}

type SyncLabel = 'Fetch' | 'Pull' | 'Push' | 'Pull and push'

/** Runs one sync action from the sync control's menu and waits for its notice. */
export async function syncFromMenu(page: Page, action: SyncLabel, notice: string | RegExp) {
  await goToTeam(page)
  await page.getByTestId('sync-menu').click()
  await page.getByRole('menuitem', { name: action, exact: true }).click()
  await expect(page.getByText(notice)).toBeVisible()
  await dismissNotifications(page)
}
