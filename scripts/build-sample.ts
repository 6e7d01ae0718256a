/**
 * Rebuilds the bundled sample dataset in data/ (`npm run build:sample`): China's World Heritage
 * sites from UNESCO's list, two sources, a property registry and statements from a Xinhua article.
 *
 * The output is deterministic (fixed timestamps, records sorted by the canonical serializer), so a
 * rebuild from the same fixtures is byte-identical and the committed files can be checked by a test.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { serializeRecordFile, toCanonicalJson } from '../src/main/dataset/canonical-json'
import { MANIFEST_FILE, RECORD_FILES } from '../src/main/dataset/layout'
import { MANIFEST } from './sample/manifest'
import { DATA_DIR, WHC_NAMES_ZH_JSON, WHC_SITES_CSV, XINHUA_ARTICLE } from './sample/paths'
import { PROPERTIES } from './sample/properties'
import { readSites } from './sample/sites'
import { SOURCES } from './sample/sources'
import { STATEMENTS } from './sample/statements'

/**
 * Fails the build when a quote is not in the article word for word: a quote that drifted from its
 * source would make the statement look better referenced than it is.
 */
async function checkQuotes(): Promise<void> {
  const article = await readFile(XINHUA_ARTICLE, 'utf8')
  for (const statement of STATEMENTS) {
    for (const reference of statement.references) {
      if (reference.quote && !article.includes(reference.quote)) {
        throw new Error(`${statement.id}: quote not found in the article: ${reference.quote}`)
      }
    }
  }
}

/** Writes the whole sample dataset into `outDir` (created if missing), replacing its files. */
export async function buildSample(outDir: string): Promise<void> {
  await checkQuotes()
  const files: Record<string, string> = {
    [MANIFEST_FILE]: toCanonicalJson(MANIFEST),
    [RECORD_FILES.site]: serializeRecordFile({ records: readSites(WHC_SITES_CSV, WHC_NAMES_ZH_JSON, 'CN') }),
    [RECORD_FILES.source]: serializeRecordFile({ records: SOURCES }),
    [RECORD_FILES.property]: serializeRecordFile({ records: PROPERTIES }),
    [RECORD_FILES.statement]: serializeRecordFile({ records: STATEMENTS }),
  }
  await mkdir(outDir, { recursive: true })
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(outDir, name), text, 'utf8')
  }
}

// Runs only as a script, so the test can import buildSample without overwriting data/.
const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename
if (invokedDirectly) {
  await buildSample(DATA_DIR)
  console.log(`Sample dataset written to ${path.relative(process.cwd(), DATA_DIR) || DATA_DIR}`)
}
