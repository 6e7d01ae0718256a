import { CuratorError } from '../../dataset/errors'
import { CSL_TYPES } from './csl-variables'

/**
 * How deep an imported JSON document may nest: a record needs a handful of levels; the dataset
 * files allow 64. Checked right after parsing, before anything recursive (diffs, hashing,
 * JSON.stringify) meets the document and overflows the stack.
 */
const MAX_IMPORT_DEPTH = 64

/** True when a parsed JSON value nests deeper than `limit` levels; walks with its own stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    if (node === null || typeof node !== 'object') continue
    if (depth > limit) return true
    for (const child of Array.isArray(node) ? node : Object.values(node))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
  }
  return false
}

/** JSON text parsed (a byte-order mark dropped), refused when malformed or nested too deep. */
export function parseImportJson(text: string, name: string): unknown {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new CuratorError('VALIDATION', `${name} is not valid JSON: ${(error as Error).message}`)
  }
  if (nestsDeeperThan(json, MAX_IMPORT_DEPTH))
    throw new CuratorError(
      'VALIDATION',
      `${name} nests deeper than ${MAX_IMPORT_DEPTH} levels: no record needs that, so it is not imported.`,
    )
  return json
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** A CSL item: an object whose `type` is one of CSL's item types. */
export function isCslItem(value: unknown): value is Record<string, unknown> {
  return isObject(value) && typeof value.type === 'string' && CSL_TYPES.has(value.type)
}

/** Wikidata's entity JSON: `{ entities: { Q…: { type: 'item', … } } }` or one entity. */
export function isWikidataEntityJson(value: unknown): boolean {
  const entity = (v: unknown) =>
    isObject(v) &&
    typeof v.id === 'string' &&
    /^[QPL][1-9][0-9]*$/.test(v.id) &&
    ('claims' in v || 'labels' in v)
  if (isObject(value) && isObject(value.entities)) return Object.values(value.entities).some(entity)
  return entity(value)
}

/** A JSON Schema document (a `$schema`, or a schema's `type` with `properties` or `$defs`). */
function isJsonSchema(value: unknown): boolean {
  if (!isObject(value)) return false
  if (typeof value.$schema === 'string') return true
  const schemaType = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']
  return (
    typeof value.type === 'string' &&
    schemaType.includes(value.type) &&
    (isObject(value.properties) || isObject(value.$defs))
  )
}

type JsonShape = 'wikidata' | 'json-schema' | 'csl-json' | 'other'

/** What a parsed JSON document is, for format detection and for refusals that name it. */
export function jsonShape(value: unknown): JsonShape {
  if (isWikidataEntityJson(value)) return 'wikidata'
  if (isJsonSchema(value)) return 'json-schema'
  if (isCslItem(value)) return 'csl-json'
  if (Array.isArray(value) && value.length > 0 && value.every((v) => isObject(v)) && value.some(isCslItem))
    return 'csl-json'
  return 'other'
}

/** What to call a document that is not the format asked for. */
export function shapeName(shape: JsonShape): string {
  return {
    wikidata: 'a Wikidata entity',
    'json-schema': 'a JSON Schema',
    'csl-json': 'CSL-JSON',
    other: 'JSON of another kind',
  }[shape]
}
