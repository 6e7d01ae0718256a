import { callApi, expect, test } from './fixtures'

test('the built renderer loads with window.api bridged to the sample dataset', async ({ page }) => {
  const info = await callApi(page, 'getDatasetInfo')
  expect(info).toMatchObject({ ok: true, value: { counts: { site: 59 } } })
  await expect(page.getByText('Heritage Curator').first()).toBeVisible()
})
