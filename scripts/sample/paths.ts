/**
 * Where the sample's inputs live. Everything resolves from this file's location, not the working
 * directory, so `npm run build:sample` and the test behave the same wherever they are started.
 */
import path from 'node:path'

/** The project root (this file is scripts/sample/paths.ts). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..')

/** The committed sample dataset that the script rebuilds. */
export const DATA_DIR = path.join(PROJECT_ROOT, 'data')

/** Shared fixtures sit beside the project and are read in place, never copied into it. */
const SHARED = path.resolve(PROJECT_ROOT, '../shared')

/** UNESCO's export of the World Heritage List after the July 2024 session. */
export const WHC_SITES_CSV = path.join(SHARED, 'fixtures/unesco/whc-sites-2024.csv')

/** Chinese names from UNESCO's 2025 export, keyed by id_no. */
export const WHC_NAMES_ZH_JSON = path.join(SHARED, 'fixtures/unesco/whc-sites-2025-names-zh.json')

/** The Xinhua article the statements quote. */
export const XINHUA_ARTICLE = path.join(SHARED, 'seed/xinhua-2024-06-12-world-heritage.txt')
