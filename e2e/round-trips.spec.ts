import { expect, test } from './fixtures'
import { expectNotice, openSite } from './pages/app'

// Issue 15, item 10: what one save costs in calls to main once the page has settled.
test('saving a site makes only the calls the page needs afterwards', async ({ page, ipcCalls }) => {
  const drawer = await openSite(page, 'Mogao Caves')
  await drawer.getByLabel('Name (en)').fill('Mogao Caves (Dunhuang)')
  // The live checks of the record as opened and as edited have run: nothing is pending.
  await expect.poll(() => ipcCalls.filter((call) => call === 'validateDraft').length).toBe(2)
  const before = ipcCalls.length
  await expectNotice(page, 'Saved', () => drawer.getByRole('button', { name: 'Save' }).click())
  const afterSave = () => ipcCalls.slice(before).sort()
  await expect.poll(afterSave).toEqual(EXPECTED)
  console.log(`one save: ${ipcCalls.length - before} calls: ${ipcCalls.slice(before).join(', ')}`)
})

// Before (this branch before the change, same test): nine calls, the save and eight after it:
// getCoverage twice (a site's save cannot change citation coverage), getDatasetInfo (the counts,
// which an edit does not change), validateDraft (the record main had just checked),
// getUndoState, listProblems and queryRecords twice (the sites table's blocks). Now six: the save,
// the undo state, the problems, and three queries of the sites table: its two blocks of rows and,
// asked apart since rows come first (issue 16, item 4), its facet counts.
const EXPECTED = [
  'getUndoState',
  'listProblems',
  'queryRecords',
  'queryRecords',
  'queryRecords',
  'saveRecord',
]
