import type { Draft } from '@shared/domain'
import { expect, test } from './fixtures'
import { focusNothing } from './pages/app'
import { openSiteStatements, propertyGroup, saveRecord } from './pages/review'

const alternativeName = (text: string): Draft<'statement'> => ({
  subject: { kind: 'site', id: 'whc-440' },
  property: 'alternative-name',
  value: { type: 'monolingual', text, language: 'en' },
  qualifiers: [],
  references: [{ source: 'unesco-world-heritage-list-2024' }],
  rank: 'normal',
  status: 'draft',
})

test('a value moves up among its property’s values, and undo puts it back', async ({ page }) => {
  await saveRecord(page, 'statement', alternativeName('Thousand Buddha Grottoes'))
  await saveRecord(page, 'statement', alternativeName('Dunhuang Caves'))
  const site = await openSiteStatements(page, 'Mogao Caves')
  const group = propertyGroup(site, 'alternative name')
  const values = group.getByRole('listitem')
  await expect(values.first()).toContainText('Thousand Buddha Grottoes')

  await group.getByRole('button', { name: 'More actions for “alternative name: Dunhuang Caves”' }).click()
  await page.getByRole('menuitem', { name: 'Move up' }).click()
  await expect(values.first()).toContainText('Dunhuang Caves')
  await expect(values.nth(1)).toContainText('Thousand Buddha Grottoes')

  await expect(page.getByRole('button', { name: /^Undo Reorder alternative name values/ })).toBeAttached()
  await focusNothing(page)
  await page.keyboard.press('Control+Z')
  await expect(values.first()).toContainText('Thousand Buddha Grottoes')
})
