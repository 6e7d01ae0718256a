import Ajv2020 from 'ajv/dist/2020.js'
import type { ValidationIssue } from '@shared/result'
import { ARGUMENTS } from './argument-schemas'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Bounds on one call's arguments, whatever its schema. Structured clone carries shared references
 * and cycles, so a walk that treats the value as a tree can visit 2^depth nodes (a 40-level DAG
 * froze main for minutes): every object is visited once, and sharing is refused outright.
 */
const ARGUMENT_LIMITS = {
  depth: 32,
  /** Objects, arrays and values, together: enough for 200,000 import row ids. */
  nodes: 250_000,
  /** Characters in all strings and keys together. */
  textLength: 32 * 1024 * 1024,
}

/** What is wrong with an argument list as a value, before its schema is looked at. */
interface ValueProblem {
  path: string
  rule: 'ipc.hostile-key' | 'ipc.shared' | 'ipc.too-large'
  message: string
}

/**
 * Walks a call's arguments once, each object at most once, and answers the first problem: a
 * prototype key, nesting past the depth limit, an object reached twice (a shared reference or a
 * cycle), or more nodes or text than the limits allow. Undefined when the value is fine.
 */
function findValueProblem(value: unknown, limits = ARGUMENT_LIMITS): ValueProblem | undefined {
  const seen = new Set<object>()
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }]
  let nodes = 0
  let text = 0
  const tooLarge = (path: string): ValueProblem => ({
    path,
    rule: 'ipc.too-large',
    message: `Refused: the arguments are larger than a call may be (${limits.nodes.toLocaleString('en')} values, ${limits.textLength.toLocaleString('en')} characters).`,
  })
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop() as (typeof stack)[number]
    nodes += 1
    if (nodes > limits.nodes) return tooLarge(path)
    if (typeof current === 'string') {
      text += current.length
      if (text > limits.textLength) return tooLarge(path)
      continue
    }
    if (current === null || typeof current !== 'object') continue
    if (depth > limits.depth) {
      return {
        path,
        rule: 'ipc.hostile-key',
        message: `Refused: ${path} is nested deeper than ${limits.depth} levels.`,
      }
    }
    if (seen.has(current)) {
      return {
        path,
        rule: 'ipc.shared',
        message: `Refused: ${path} is the same object as another part of the arguments (a shared reference or a cycle).`,
      }
    }
    seen.add(current)
    const keys = Object.keys(current)
    if (nodes + keys.length > limits.nodes) return tooLarge(path)
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          path: `${path}/${key}`,
          rule: 'ipc.hostile-key',
          message: `Refused: ${path}/${key} is not allowed.`,
        }
      }
      text += key.length
      stack.push({
        value: (current as Record<string, unknown>)[key],
        path: `${path}/${key}`,
        depth: depth + 1,
      })
    }
    if (text > limits.textLength) return tooLarge(path)
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
  const problem = findValueProblem(values)
  if (problem) return [{ ...problem, severity: 'error' }]
  if (validate(values)) return []
  return (validate.errors ?? []).map((e) => ({
    path: e.instancePath,
    rule: 'ipc.arguments',
    severity: 'error',
    message: `Argument ${e.instancePath || '(list)'} of ${method} ${e.message ?? 'is not valid'}.`,
  }))
}
