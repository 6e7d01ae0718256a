import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import commonSchema from '../../../schemas/common.schema.json'
import exportSchema from '../../../schemas/export.schema.json'
import manifestSchema from '../../../schemas/manifest.schema.json'
import propertySchema from '../../../schemas/property.schema.json'
import siteSchema from '../../../schemas/site.schema.json'
import sourceSchema from '../../../schemas/source.schema.json'
import statementSchema from '../../../schemas/statement.schema.json'

let compiled: ReturnType<Ajv2020['compile']> | undefined

/** Checks a JSON export document against the published schemas/export.schema.json. */
export function validateExportDocument(document: unknown): ErrorObject[] {
  if (!compiled) {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, discriminator: true })
    addFormats(ajv)
    for (const schema of [
      commonSchema,
      manifestSchema,
      siteSchema,
      sourceSchema,
      propertySchema,
      statementSchema,
    ])
      ajv.addSchema(schema)
    compiled = ajv.compile(exportSchema)
  }
  return compiled(document) ? [] : [...(compiled.errors ?? [])]
}
