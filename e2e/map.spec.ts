import type { Page } from '@playwright/test'
import type { Site } from '@shared/domain'
import { callApi, expect, reloadApp, screenshot, test, useDarkScheme } from './fixtures'
import { tableRows } from './pages/app'

async function showMap(page: Page) {
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  await page.getByText('Map', { exact: true }).click()
  const map = page.getByRole('application', { name: 'Map of the sites' })
  await expect(map).toBeVisible()
  return map
}

/** Every site mark and cluster bubble on the map. */
const points = (page: Page) => page.getByRole('button', { name: /: open$/ })
const clusters = (page: Page) => page.getByRole('button', { name: /sites? here: zoom in$/ })

test('the Sites page shows its sites on a map; a cluster zooms in and a point opens its site', async ({
  page,
}) => {
  await showMap(page)
  await expect(page.getByTestId('site-map').getByText('Cultural', { exact: true })).toBeVisible()
  await expect(page.getByText('Point outside its countries')).toBeVisible()
  // The 59 sites of China, some standing alone, the rest in numbered bubbles.
  await expect(clusters(page).first()).toBeVisible()
  await expect(points(page).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Next page' })).toHaveCount(0)
  await screenshot(page, 'map')

  const before = await points(page).count()
  await clusters(page).first().click()
  await expect.poll(() => points(page).count()).toBeGreaterThan(before)

  // The marks may still move as the map settles: follow one point by its name, not its place.
  const label = (await points(page).first().getAttribute('aria-label')) ?? ''
  const name = label.replace(/: open$/, '')
  const point = page.getByRole('button', { name: label, exact: true })
  await point.hover()
  await expect(page.getByRole('tooltip')).toHaveText(name)
  await point.click()
  const drawer = page.getByRole('dialog', { name: 'Edit site' })
  await expect(drawer.getByLabel('Name (en)')).toHaveValue(name)
})

test('the map follows the table search, opens a point with the keyboard, and says when nothing matches', async ({
  page,
}) => {
  await showMap(page)
  await page.getByLabel('Search sites').fill('莫高窟')
  await expect(points(page)).toHaveCount(1)
  await expect(clusters(page)).toHaveCount(0)
  await points(page).first().focus()
  await expect(page.getByRole('tooltip')).toHaveText('Mogao Caves')
  await page.keyboard.press('Enter')
  const drawer = page.getByRole('dialog', { name: 'Edit site' })
  await expect(drawer.getByLabel('Name (zh)')).toHaveValue('莫高窟')
  await page.keyboard.press('Escape')

  await page.getByLabel('Search sites').fill('xyz-no-such-site')
  await expect(page.getByText('No sites to show')).toBeVisible()
  await expect(page.getByRole('application', { name: 'Map of the sites' })).toHaveCount(0)
})

test('a point outside its countries is marked, and the form shows it on the map', async ({ page }) => {
  const wall = (await callApi(page, 'getRecord', 'site', 'whc-438')) as { ok: true; value: Site }
  const moved = { ...wall.value, location: { latitude: 20, longitude: 140 } }
  expect((await callApi(page, 'saveRecord', 'site', moved)).ok).toBe(true)

  await showMap(page)
  await page.getByRole('button', { name: '1 point lies outside its countries' }).click()
  await expect(page.getByText('Showing The Great Wall')).toBeVisible()
  await page.getByRole('button', { name: 'Stop showing this site' }).click()
  await page.getByLabel('Search sites').fill('Great Wall')
  const flagged = page.getByRole('button', { name: 'The Great Wall, point outside its countries: open' })
  await expect(flagged).toBeVisible()
  await flagged.click()

  const drawer = page.getByRole('dialog', { name: 'Edit site' })
  await expect(drawer.getByText(/lies about \d+ km outside CN/)).toBeVisible()
  await drawer.getByRole('button', { name: 'Show on map' }).click()
  await expect(drawer).toBeHidden()
  await expect(page.getByText('Showing The Great Wall')).toBeVisible()
  await expect(page.getByTestId('map-target')).toBeVisible()
  await expect(flagged).toBeVisible()
  await screenshot(page, 'map-show-on-map')
})

test('the map in the dark colour scheme', async ({ page }) => {
  await useDarkScheme(page)
  await showMap(page)
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await expect(clusters(page).first()).toBeVisible()
  await screenshot(page, 'map-dark')
})

test('sites at the very same point are listed from their bubble, and one opens', async ({ page }) => {
  for (const id of ['whc-438', 'whc-440']) {
    const site = (await callApi(page, 'getRecord', 'site', id)) as { ok: true; value: Site }
    const draft = { ...site.value, status: 'draft', location: { latitude: 40.36, longitude: 116.02 } }
    expect((await callApi(page, 'saveRecord', 'site', draft as Site)).ok).toBe(true)
  }
  // The saves went past the renderer (straight to main): reload so that the facets count them.
  await reloadApp(page)
  await showMap(page)
  await page.getByRole('checkbox', { name: /^Draft/ }).check()
  await expect(clusters(page)).toHaveCount(1)
  await expect(points(page)).toHaveCount(0)
  await clusters(page).click()
  const list = page.getByRole('dialog', { name: '2 sites at this point' })
  await expect(list).toBeVisible()
  await list.getByRole('button', { name: 'Mogao Caves' }).click()
  const drawer = page.getByRole('dialog', { name: 'Edit site' })
  await expect(drawer.getByLabel('Name (en)')).toHaveValue('Mogao Caves')
})

test('"Show on map" centres on the site and marks its own point, never the cluster around it', async ({
  page,
}) => {
  await expect(page.getByText('59 sites', { exact: true })).toBeVisible()
  // The Temple of Heaven lies 7 km from the Beijing Central Axis: at a region's zoom the two share
  // a bubble. "Beijing" keeps both (and the Summer Palace) on the map.
  await page.getByLabel('Search sites').fill('Beijing')
  await tableRows(page).filter({ hasText: 'Temple of Heaven' }).click()
  const drawer = page.getByRole('dialog', { name: 'Edit site' })
  await drawer.getByRole('button', { name: 'Show on map' }).click()
  await expect(drawer).toBeHidden()
  await expect(
    page.getByText('Showing Temple of Heaven: an Imperial Sacrificial Altar in Beijing'),
  ).toBeVisible()

  const own = page.getByRole('button', {
    name: 'Temple of Heaven: an Imperial Sacrificial Altar in Beijing: open',
  })
  await expect(own).toBeVisible()
  await expect(own).toHaveAttribute('data-shown', 'true')
  // The map zoomed in until its neighbour stands apart too, beside it rather than under it.
  const neighbour = page.getByRole('button', { name: /^Beijing Central Axis.*: open$/ })
  await expect(neighbour).toBeVisible()
  await expect(async () => {
    const [a, b] = [await own.boundingBox(), await neighbour.boundingBox()]
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(20)
  }).toPass()

  // The ring is on the site's own mark, and both sit at the centre of the map.
  const map = page.getByRole('application', { name: 'Map of the sites' })
  const centreOf = async (box: { x: number; y: number; width: number; height: number } | null) => {
    expect(box).not.toBeNull()
    return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 }
  }
  await expect(async () => {
    const mapCentre = await centreOf(await map.boundingBox())
    const markCentre = await centreOf(await own.boundingBox())
    const ringCentre = await centreOf(await page.getByTestId('map-target').boundingBox())
    expect(Math.abs(markCentre.x - mapCentre.x)).toBeLessThan(3)
    expect(Math.abs(markCentre.y - mapCentre.y)).toBeLessThan(3)
    expect(Math.abs(ringCentre.x - markCentre.x)).toBeLessThan(2)
    expect(Math.abs(ringCentre.y - markCentre.y)).toBeLessThan(2)
  }).toPass()

  await screenshot(page, 'map-show-own-mark')
  await own.hover()
  await expect(page.getByRole('tooltip')).toHaveText(
    'Temple of Heaven: an Imperial Sacrificial Altar in Beijing',
  )
  await own.click()
  await expect(page.getByRole('dialog', { name: 'Edit site' }).getByLabel('Name (en)')).toHaveValue(
    'Temple of Heaven: an Imperial Sacrificial Altar in Beijing',
  )
})
