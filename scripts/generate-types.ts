/**
 * Derives the TypeScript record types in src/shared/generated/ from schemas/, so that the
 * schemas stay the single source of truth. `--check` fails when the committed files are stale
 * (npm test runs it).
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { compile, type JSONSchema } from 'json-schema-to-typescript'
import { format } from 'prettier'

const root = path.resolve(import.meta.dirname, '..')
const schemaDir = path.join(root, 'schemas')
const outDir = path.join(root, 'src/shared/generated')
const KINDS = ['site', 'source', 'property', 'statement', 'manifest'] as const

async function loadSchema(file: string): Promise<JSONSchema> {
  return JSON.parse(await readFile(path.join(schemaDir, file), 'utf8')) as JSONSchema
}

/** Inlines `common.schema.json#/$defs/X` references so the generator needs no resolver or network. */
function inlineCommon(node: unknown, common: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineCommon(item, common))
  if (node === null || typeof node !== 'object') return node
  const entries = Object.entries(node as Record<string, unknown>)
  const ref = (node as { $ref?: unknown }).$ref
  if (typeof ref === 'string' && ref.startsWith('common.schema.json#/$defs/')) {
    const target = common[ref.slice('common.schema.json#/$defs/'.length)]
    const rest = Object.fromEntries(entries.filter(([key]) => key !== '$ref'))
    return inlineCommon({ ...(target as object), ...rest }, common)
  }
  return Object.fromEntries(entries.map(([key, value]) => [key, inlineCommon(value, common)]))
}

export async function generateTypes(): Promise<Map<string, string>> {
  // common.schema.json refers to its own $defs as `#/$defs/X`; name the file so inlining reaches them.
  const commonText = JSON.stringify(await loadSchema('common.schema.json')).replaceAll(
    '"#/$defs/',
    '"common.schema.json#/$defs/',
  )
  const common = (JSON.parse(commonText) as { $defs: Record<string, unknown> }).$defs
  const prettierConfig = JSON.parse(await readFile(path.join(root, '.prettierrc.json'), 'utf8')) as object
  const files = new Map<string, string>()
  for (const kind of KINDS) {
    const schema = inlineCommon(await loadSchema(`${kind}.schema.json`), common) as JSONSchema
    delete schema.$id
    const ts = await compile(schema, kind, {
      additionalProperties: false,
      bannerComment: `/* Generated from schemas/${kind}.schema.json by scripts/generate-types.ts. Do not edit. */`,
      declareExternallyReferenced: true,
      unreachableDefinitions: false,
      ignoreMinAndMaxItems: true,
      style: prettierConfig,
    })
    files.set(`${kind}.ts`, await format(ts, { ...prettierConfig, parser: 'typescript' }))
  }
  return files
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check')
  const files = await generateTypes()
  await mkdir(outDir, { recursive: true })
  const stale: string[] = []
  for (const [name, text] of files) {
    const target = path.join(outDir, name)
    const current = await readFile(target, 'utf8').catch(() => '')
    if (current === text) continue
    if (check) stale.push(name)
    else await writeFile(target, text)
  }
  if (stale.length > 0) {
    console.error(`Generated types are stale: ${stale.join(', ')}. Run npm run gen:types.`)
    process.exit(1)
  }
  console.log(check ? 'generated types are up to date' : `wrote ${files.size} files to src/shared/generated`)
}

await main()
