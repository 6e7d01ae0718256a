import { expect, screenshot, test } from './fixtures'
import { recordsOnDisk } from './pages/dataset-files'
import { addFormRow, expectNotice, mainSettled, undoState } from './pages/app'

const QUOTE = 'We now have 57 world heritage sites'

interface StatementOnDisk {
  id: string
  subject: unknown
  property: string
  value: unknown
  qualifiers: unknown[]
  references: Array<{ source: string; quote?: string }>
  rank: string
  status: string
}

test('a statement about China with a point in time and a quoted reference is saved', async ({
  page,
  datasetPath,
}) => {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /Statements/ })
    .click()
  await expect(page.getByRole('heading', { name: 'Statements', level: 2 })).toBeVisible()
  await expect(page.getByText('23 statements', { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'New statement' }).click()
  const drawer = page.getByRole('dialog', { name: 'New statement' })
  await expect(drawer.getByLabel(/^Subject(?: \*)?$/)).toHaveValue('Country')
  await expect(drawer.getByText('Citation needed')).toBeVisible()

  await drawer.getByLabel(/^Country code(?: \*)?$/).fill('cn')
  await expect(drawer.getByLabel(/^Country code(?: \*)?$/)).toHaveValue('CN')
  await drawer.getByLabel(/^Property(?: \*)?$/).click()
  await page.getByRole('option', { name: 'number of World Heritage sites' }).click()
  await drawer.getByLabel(/^Amount(?: \*)?$/).fill('57')

  const qualifier = drawer.getByRole('group', { name: 'Qualifier 1' })
  // The suggested qualifier's button is drawn again when the property's suggestions arrive.
  await addFormRow(drawer, 'Add point in time', qualifier)
  await expect(qualifier.getByLabel(/^Qualifier property(?: \*)?$/)).toHaveValue('point in time')
  await qualifier.getByLabel(/^Date(?: \*)?$/).fill('2024-06-11')

  const reference = drawer.getByRole('group', { name: 'Reference 1' })
  await addFormRow(drawer, 'Add reference', reference)
  await reference.getByLabel(/^Source(?: \*)?$/).fill('China expects')
  await page.getByRole('option', { name: /^China expects more exchanges/ }).click()
  await reference.getByLabel(/^Quote(?: \*)?$/).fill(QUOTE)
  await expect(drawer.getByText('Citation needed')).toHaveCount(0)

  // Tall enough for the whole form, scrolled to its top, as a curator reviews it before saving.
  await page.setViewportSize({ width: 1280, height: 1560 })
  await drawer.getByLabel(/^Subject(?: \*)?$/).scrollIntoViewIfNeeded()
  await drawer.evaluate((element) => element.scrollTo(0, 0))
  await screenshot(page, 'statement-form')

  await expectNotice(page, 'Saved', () => drawer.getByRole('button', { name: 'Save' }).click())
  await expect(page.getByRole('dialog', { name: 'Edit statement' })).toBeVisible()
  await page.keyboard.press('Escape')

  await expect(page.getByText('24 statements', { exact: true })).toBeVisible()
  await page.getByLabel('Search statements').fill('number of World Heritage sites')
  const rows = page.getByRole('table').locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'CN' }).first()).toContainText('57')

  // Main commits to a journal at once and folds it into its subject's shard a moment later.
  const savedOnDisk = async () => {
    const onDisk = (await recordsOnDisk(datasetPath, 'statement')) as StatementOnDisk[]
    return onDisk.filter((s) => s.references.some((r) => r.quote === QUOTE))
  }
  await expect.poll(savedOnDisk).toHaveLength(1)
  expect((await savedOnDisk())[0]).toMatchObject({
    subject: { kind: 'country', code: 'CN' },
    property: 'world-heritage-site-count',
    value: { type: 'quantity', amount: 57 },
    qualifiers: [
      { property: 'point-in-time', value: { type: 'time', time: '+2024-06-11', precision: 'day' } },
    ],
    references: [{ source: 'xinhua-2024-06-12', quote: QUOTE }],
    rank: 'normal',
    status: 'draft',
  })
})

test('a date the renderer cannot read is flagged under its field, and nothing is saved', async ({
  page,
  services,
}) => {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /Statements/ })
    .click()
  await page.getByRole('button', { name: 'New statement' }).click()
  const drawer = page.getByRole('dialog', { name: 'New statement' })
  await drawer.getByLabel(/^Country code(?: \*)?$/).fill('CN')
  await drawer.getByLabel(/^Property(?: \*)?$/).click()
  await page.getByRole('option', { name: 'party to the World Heritage Convention since' }).click()
  await drawer.getByLabel(/^Date(?: \*)?$/).fill('12 June 1985')
  await drawer.getByRole('button', { name: 'Save' }).click()

  await expect(drawer.getByText(/Write the date as YYYY, YYYY-MM or YYYY-MM-DD/)).toBeVisible()
  await expect(drawer.getByLabel(/^Date(?: \*)?$/)).toHaveAttribute('aria-invalid', 'true')
  await mainSettled(page, services)
  expect(await undoState(page)).toEqual({})
})
