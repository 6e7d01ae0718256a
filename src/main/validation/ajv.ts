import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import commonSchema from '../../../schemas/common.schema.json' with { type: 'json' }
import siteSchema from '../../../schemas/site.schema.json' with { type: 'json' }
import sourceSchema from '../../../schemas/source.schema.json' with { type: 'json' }
import propertySchema from '../../../schemas/property.schema.json' with { type: 'json' }
import statementSchema from '../../../schemas/statement.schema.json' with { type: 'json' }
import manifestSchema from '../../../schemas/manifest.schema.json' with { type: 'json' }
import type { RecordKind } from '../../shared/result'

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

/**
 * Compiles every schema once. ajv compiles to code with `new Function`, which is why validation
 * lives in main and never in the CSP-locked renderer.
 */
export function createSchemaValidators(): SchemaValidators {
  // discriminator: statement values and subjects are tagged unions; validating only the tagged branch
  // gives one precise error instead of one per branch.
  // strictRequired off: `anyOf: [{ required: [a] }, { required: [b] }]` ("a or b") is idiomatic JSON Schema.
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    verbose: true,
    discriminator: true,
  })
  addFormats(ajv)
  ajv.addSchema(commonSchema)
  const compiled = new Map<SchemaName, ValidateFunction>()
  for (const [name, schema] of Object.entries(SCHEMAS) as [SchemaName, object][]) {
    compiled.set(name, ajv.compile(schema))
  }
  return {
    validate(name, value) {
      const fn = compiled.get(name)
      if (!fn) throw new Error(`No schema named ${name}`)
      return fn(value) ? [] : [...(fn.errors ?? [])]
    },
    schema: (name) => SCHEMAS[name],
  }
}
