import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import commonSchema from '../../../schemas/common.schema.json' with { type: 'json' }
import siteSchema from '../../../schemas/site.schema.json' with { type: 'json' }
import sourceSchema from '../../../schemas/source.schema.json' with { type: 'json' }
import propertySchema from '../../../schemas/property.schema.json' with { type: 'json' }
import statementSchema from '../../../schemas/statement.schema.json' with { type: 'json' }
import manifestSchema from '../../../schemas/manifest.schema.json' with { type: 'json' }
import type { RecordKind } from '@shared/result'

export type SchemaName = RecordKind | 'manifest'

const SCHEMAS = {
  site: siteSchema,
  source: sourceSchema,
  property: propertySchema,
  statement: statementSchema,
  manifest: manifestSchema,
} as const satisfies Record<SchemaName, { $id: string }>

export interface SchemaValidators {
  /** Validates one value against a record schema; answers ajv's errors, or none. */
  validate(name: SchemaName, value: unknown): ErrorObject[]
  /** The raw schema, for messages that need a field's title. */
  schema(name: SchemaName): object
}

// discriminator: statement values and subjects are tagged unions; validating only the tagged branch
// gives one precise error instead of one per branch.
// strictRequired off: `anyOf: [{ required: [a] }, { required: [b] }]` ("a or b") is idiomatic JSON Schema.
function compileAll(detail: { allErrors: boolean; verbose: boolean }): Map<SchemaName, ValidateFunction> {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, discriminator: true, ...detail })
  addFormats(ajv)
  ajv.addSchema(commonSchema)
  const compiled = new Map<SchemaName, ValidateFunction>()
  for (const [name, schema] of Object.entries(SCHEMAS) as [SchemaName, object][]) {
    compiled.set(name, ajv.compile(schema))
  }
  return compiled
}

/**
 * Compiles every schema once. ajv compiles to code with `new Function`, which is why validation
 * lives in main and never in the CSP-locked renderer.
 */
export function createSchemaValidators(): SchemaValidators {
  const detailed = compileAll({ allErrors: true, verbose: true })
  // Nearly every record is valid: a check that stops at the first error and keeps no data is
  // several times faster, and only a record that fails it is checked again for every error.
  // Both answer the same validity; only how much they say about a failure differs.
  const quick = compileAll({ allErrors: false, verbose: false })
  return {
    validate(name, value) {
      const fn = detailed.get(name)
      if (!fn) throw new Error(`No schema named ${name}`)
      if (quick.get(name)?.(value)) return []
      return fn(value) ? [] : [...(fn.errors ?? [])]
    },
    schema: (name) => SCHEMAS[name],
  }
}
