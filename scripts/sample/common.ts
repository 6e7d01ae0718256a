/**
 * Values shared by every builder. The timestamps are fixed (the day the July 2024 session of the
 * World Heritage Committee closed) so that rebuilding the sample never changes a byte.
 */
export const BUILT_AT = '2024-07-31T00:00:00.000Z'

/** The managed timestamps of every sample record. */
export const TIMESTAMPS = { createdAt: BUILT_AT, updatedAt: BUILT_AT } as const

/** Source ids, named once so statements cannot cite a misspelt source. */
export const UNESCO_LIST_SOURCE = 'unesco-world-heritage-list-2024'
export const XINHUA_SOURCE = 'xinhua-2024-06-12'
