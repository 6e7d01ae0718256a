import { cp, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, screenshot, SAMPLE_DATASET_DIR, test } from './fixtures'
import { editRecordOnDisk, siteShard } from './pages/dataset-files'

/** The shard of Mogao Caves, damaged below. */
const MOGAO = siteShard('whc-440')

/** A copy of the sample whose Mogao Caves break their schema (a cultural site with criterion (x)). */
async function damagedCopy(): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), 'heritage-curator-damaged-')), 'dataset')
  await cp(SAMPLE_DATASET_DIR, folder, { recursive: true })
  await editRecordOnDisk(folder, 'site', 'whc-440', (mogao) => {
    mogao.criteria = ['i', 'x']
  })
  return folder
}

test('a dataset that does not open says why, and opens read-only on request without changing it', async ({
  page,
  shell,
}) => {
  const folder = await damagedCopy()
  const before = await readFile(join(folder, MOGAO), 'utf8')
  shell.folderAnswers.push(folder)
  await page.getByRole('button', { name: 'Open dataset…' }).click()
  const dialog = page.getByRole('dialog', { name: 'This dataset could not be opened' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText(/record “whc-440”: Criterion \(x\) is a natural criterion/)).toBeVisible()
  await screenshot(page, 'recover-dataset-dialog')
  await dialog.getByRole('button', { name: 'Open read-only' }).click()
  await expect(page.getByTestId('dataset-name')).toHaveText("China's World Heritage")
  await expect(page.getByText('Read-only', { exact: true }).first()).toBeVisible()
  await expect(page.getByText(/Opened read-only, with 1 problem in the files/).first()).toBeVisible()
  expect(await readFile(join(folder, MOGAO), 'utf8')).toBe(before)
})
