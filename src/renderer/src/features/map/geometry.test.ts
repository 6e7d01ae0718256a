import { describe, expect, it } from 'vitest'
import {
  baseMap,
  centreOn,
  clampView,
  fitPoints,
  HOME,
  MAX_ZOOM,
  visibleBounds,
  zoomAround,
  zoomClearOf,
} from './geometry'

const map = baseMap(1000, 600)
const screen = (view: { k: number; x: number; y: number }, [px, py]: [number, number]) => [
  view.x + view.k * px,
  view.y + view.k * py,
]

describe('the map geometry', () => {
  it('draws the whole world inside the box at zoom 1', () => {
    expect(map.worldWidth).toBeGreaterThan(900)
    expect(map.worldWidth).toBeLessThanOrEqual(1000)
    expect(map.land.length).toBeGreaterThan(1000)
    expect(visibleBounds(map, HOME)).toEqual([-180, -90, 180, 90])
  })

  it('zooms around the pointer: the point under it stays put', () => {
    const view = zoomAround(HOME, 3, 700, 200)
    const [x, y] = screen(view, [700, 200])
    expect(x).toBeCloseTo(700)
    expect(y).toBeCloseTo(200)
    expect(clampView({ k: 1e9, x: 0, y: 0 }, 1000, 600).k).toBe(MAX_ZOOM)
    expect(clampView({ k: 0.1, x: 50, y: 50 }, 1000, 600)).toEqual(HOME)
  })

  it('fits points with a margin, and sees only the region around them', () => {
    const beijing = map.projection([116.4, 39.9]) as [number, number]
    const kashgar = map.projection([75.99, 39.47]) as [number, number]
    const view = fitPoints([beijing, kashgar], 1000, 600)
    for (const point of [beijing, kashgar]) {
      const [x, y] = screen(view, point)
      expect(x).toBeGreaterThanOrEqual(40)
      expect(x).toBeLessThanOrEqual(960)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(600)
    }
    const [west, south, east, north] = visibleBounds(map, centreOn(beijing[0], beijing[1], 32, 1000, 600))
    expect(west).toBeLessThan(116.4)
    expect(east).toBeGreaterThan(116.4)
    expect(south).toBeLessThan(39.9)
    expect(north).toBeGreaterThan(39.9)
    expect(east - west).toBeLessThan(30)
  })

  it('zooms in until a shown point stands clear of its nearest neighbour, within the zoom limits', () => {
    // Neighbours 2 and 5 map units away: 44 px clear of the nearest needs zoom 22.
    expect(
      zoomClearOf(
        [100, 100],
        [
          [102, 100],
          [100, 105],
        ],
        4,
      ),
    ).toBeCloseTo(22)
    // Far neighbours: the least zoom asked for.
    expect(zoomClearOf([100, 100], [[300, 100]], 4)).toBe(4)
    // A point at the very same place never separates; a near one caps at the largest zoom.
    expect(zoomClearOf([100, 100], [[100, 100]], 4)).toBe(4)
    expect(zoomClearOf([100, 100], [[100, 100.000001]], 4)).toBe(MAX_ZOOM)
  })
})
