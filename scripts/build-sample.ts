/**
 * Rebuilds the bundled sample dataset in data/ (`npm run build:sample`): China's World Heritage
 * sites from UNESCO's list, two sources, a property registry and statements from a Xinhua article.
 *
 * The output is deterministic (fixed timestamps, records placed in their shards and sorted by the
 * canonical serializer), so a rebuild from the same fixtures is byte-identical and the committed
 * files can be checked by a test.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { RECORD_ENTRIES } from '../src/main/dataset/layout'
import { serializeDataset } from '../src/main/dataset/shard-files'
import { MANIFEST } from './sample/manifest'
import { DATA_DIR, WHC_NAMES_ZH_JSON, WHC_SITES_CSV, XINHUA_ARTICLE } from './sample/paths'
import { PROPERTIES } from './sample/properties'
import { siteStatements } from './sample/site-statements'
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

/** The sample's files by path in the dataset folder: the manifest and every shard (docs/LAYOUT.md). */
export function sampleFiles(): Map<string, string> {
  const sites = readSites(WHC_SITES_CSV, WHC_NAMES_ZH_JSON, 'CN')
  return serializeDataset(MANIFEST, {
    site: sites,
    source: SOURCES,
    property: PROPERTIES,
    statement: [...STATEMENTS, ...siteStatements(sites)],
  })
}

/**
 * Writes the whole sample dataset into `outDir` (created if missing), replacing its files: the
 * kind folders are emptied first and the old layout's files removed, so that a shard no longer
 * built does not linger.
 */
export async function buildSample(outDir: string): Promise<void> {
  await checkQuotes()
  const files = sampleFiles()
  for (const entry of RECORD_ENTRIES) await rm(path.join(outDir, entry), { recursive: true, force: true })
  for (const [name, text] of files) {
    await mkdir(path.dirname(path.join(outDir, name)), { recursive: true })
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
