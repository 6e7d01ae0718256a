import type { Page } from '@playwright/test'
import type { Draft, Site } from '@shared/domain'
import { callApi, expect } from '../fixtures'

/**
 * The Great Wall (whc-438) entered again as a new draft through the API, as a curator typing it
 * a second time would: `changes` say how the copy differs (its id, names, year, and whether it
 * keeps the UNESCO id).
 */
export async function plantWallCopy(
  page: Page,
  changes: Partial<Draft<'site'>> & { id: string },
  keepUnescoId = true,
): Promise<void> {
  const wall = await callApi(page, 'getRecord', 'site', 'whc-438')
  if (!wall.ok) throw new Error(wall.error.message)
  const { createdAt: _c, updatedAt: _u, unescoId, ...rest } = wall.value as Site
  const saved = await callApi(page, 'saveRecord', 'site', {
    ...rest,
    ...(keepUnescoId && unescoId !== undefined ? { unescoId } : {}),
    location: { latitude: 40.42, longitude: 116.09 },
    yearInscribed: 1988,
    status: 'draft',
    ...changes,
  } as Draft<'site'>)
  expect(saved.ok).toBe(true)
}
