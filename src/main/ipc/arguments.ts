import Ajv2020 from 'ajv/dist/2020.js'
import type { ValidationIssue } from '../../shared/result'
import { ARGUMENTS } from './argument-schemas'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 32

/** Finds a prototype key or excessive nesting anywhere in a value; answers where, or undefined. */
export function findHostileKey(value: unknown, path = '', depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return `${path} (nested deeper than ${MAX_DEPTH} levels)`
  if (value === null || typeof value !== 'object') return undefined
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `${path}/${key}`
    const found = findHostileKey((value as Record<string, unknown>)[key], `${path}/${key}`, depth + 1)
    if (found) return found
  }
  return undefined
}

// strictTuples off: optional trailing arguments make a tuple whose minItems is below its length.
const ajv = new Ajv2020({ strict: true, strictTuples: false, allErrors: false })
const validators = new Map(Object.entries(ARGUMENTS).map(([name, { schema }]) => [name, ajv.compile(schema)]))

/** Checks a call's method name and arguments; answers the problems, none when the call is well formed. */
export function checkArguments(method: string, values: unknown): ValidationIssue[] {
  const validate = validators.get(method)
  if (!validate)
    return [{ path: '', rule: 'ipc.method', severity: 'error', message: `Unknown method “${method}”.` }]
  const hostile = findHostileKey(values)
  if (hostile) {
    return [
      {
        path: hostile,
        rule: 'ipc.hostile-key',
        severity: 'error',
        message: `Refused: ${hostile} is not allowed.`,
      },
    ]
  }
  if (validate(values)) return []
  return (validate.errors ?? []).map((e) => ({
    path: e.instancePath,
    rule: 'ipc.arguments',
    severity: 'error',
    message: `Argument ${e.instancePath || '(list)'} of ${method} ${e.message ?? 'is not valid'}.`,
  }))
}
