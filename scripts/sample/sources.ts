/**
 * The two sources the sample rests on, in CSL-JSON. Hand-written: each field is checked against
 * the source itself, and nothing is filled in that the source does not show.
 */
import type { Source } from '@shared/domain'
import { TIMESTAMPS, UNESCO_LIST_SOURCE, XINHUA_SOURCE } from './common'

export const SOURCES: Source[] = [
  {
    id: UNESCO_LIST_SOURCE,
    type: 'dataset',
    title: 'World Heritage List',
    publisher: 'UNESCO World Heritage Centre',
    URL: 'https://whc.unesco.org/en/list/',
    issued: { 'date-parts': [[2024]] },
    accessed: { 'date-parts': [[2024, 7, 31]] },
    language: 'en',
    note:
      'The list as exported after the July 2024 session of the World Heritage Committee (whc-sites-2024). ' +
      'Site names © UNESCO/World Heritage Centre; its descriptions are not reproduced.',
    status: 'approved',
    ...TIMESTAMPS,
  },
  {
    id: XINHUA_SOURCE,
    type: 'article-newspaper',
    title: 'China expects more exchanges, cooperation with all parties in world heritage protection',
    'container-title': 'Xinhua',
    publisher: 'Xinhua News Agency',
    issued: { 'date-parts': [[2024, 6, 12]] },
    language: 'en',
    // The copy we hold has no URL; one is better missing than made up.
    note: 'Datelined Beijing, June 11: remarks of Foreign Ministry spokesperson Lin Jian.',
    status: 'approved',
    ...TIMESTAMPS,
  },
]
