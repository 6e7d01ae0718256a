import { RECORD_KINDS } from '@shared/result'
import type { JournalEvent } from './journal'

/**
 * The checks a journal line gets before it is believed, as strict as a commit's: a journal may
 * come from another machine (a copied folder), so each line is hostile input until it passes.
 * Each check answers the problem in words (the caller adds the file and the line), or undefined.
 */

/** As the schemas say a record id is (common.schema.json, RecordId): never a path. */
const RECORD_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** Keys that reach an object's prototype when code copies with assignment: never accepted. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Deeper than a record and its event can be (the files allow 64 levels for a record). */
const MAX_EVENT_DEPTH = 72

const EVENT_KEYS = ['seq', 'op', 'commandId', 'label', 'at', 'author', 'changes']
const CHANGE_KEYS = ['kind', 'id', 'before', 'after']
const OPS = new Set(['do', 'undo', 'redo'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

function keysProblem(value: Record<string, unknown>, keys: string[], what: string): string | undefined {
  const own = Object.keys(value)
  const unknown = own.find((key) => !keys.includes(key))
  if (unknown !== undefined) return `${what} has a field “${unknown}” the journal never writes.`
  const missing = keys.find((key) => !Object.hasOwn(value, key))
  return missing === undefined ? undefined : `${what} has no “${missing}”.`
}

/**
 * A forbidden key anywhere in a parsed line (JSON.parse makes `__proto__` an own key: it is
 * found here, never dropped), or nesting deeper than any event can be. Walks without recursion.
 */
function forbiddenKeyProblem(value: unknown): string | undefined {
  const stack: [unknown, string, number][] = [[value, '', 0]]
  while (stack.length > 0) {
    const [node, at, depth] = stack.pop() as [unknown, string, number]
    if (node === null || typeof node !== 'object') continue
    if (depth > MAX_EVENT_DEPTH) return `it is nested deeper than ${MAX_EVENT_DEPTH} levels.`
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) stack.push([node[i], `${at}/${i}`, depth + 1])
      continue
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `the key “${key}” is not allowed (at ${at || '/'}).`
      stack.push([(node as Record<string, unknown>)[key], `${at}/${key}`, depth + 1])
    }
  }
  return undefined
}

function changeProblem(change: unknown, index: number): string | undefined {
  const what = `change ${index + 1}`
  if (!isObject(change)) return `${what} is not an object.`
  const keys = keysProblem(change, CHANGE_KEYS, what)
  if (keys) return keys
  const { kind, id, before, after } = change
  if (typeof kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(kind))
    return `${what} is of an unknown kind “${String(kind)}”.`
  if (typeof id !== 'string' || !RECORD_ID.test(id)) return `${what}: “${String(id)}” is not a record id.`
  for (const [side, record] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (record === null) continue
    if (!isObject(record)) return `${what}: “${side}” is neither a record nor null.`
    if (record.id !== id)
      return `${what}: the record ${side} has the id “${String(record.id)}”, not the change's “${id}”.`
  }
  return undefined
}

/** The shape of one parsed event, as `encodeEvent` writes it. */
export function eventShapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not an event object.'
  const forbidden = forbiddenKeyProblem(value)
  if (forbidden) return forbidden
  const keys = keysProblem(value, EVENT_KEYS, 'the event')
  if (keys) return keys
  const { seq, op, changes } = value
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1)
    return `the sequence number “${String(seq)}” is not a whole number from 1.`
  if (typeof op !== 'string' || !OPS.has(op)) return `the operation “${String(op)}” is not do, undo or redo.`
  for (const field of ['commandId', 'label', 'at', 'author'] as const)
    if (typeof value[field] !== 'string') return `the field “${field}” is not text.`
  if (!Array.isArray(changes)) return 'the field “changes” is not a list of changes.'
  for (let i = 0; i < changes.length; i += 1) {
    const problem = changeProblem(changes[i], i)
    if (problem) return problem
  }
  return undefined
}

/** Sequence numbers only grow: a repeat means two writers at once, a step back a spliced file. */
export function sequenceProblem(event: JournalEvent, previous: number | undefined): string | undefined {
  if (previous === undefined || event.seq > previous) return undefined
  return event.seq === previous
    ? `the sequence number ${event.seq} is already taken by the line before it (two writers at once?).`
    : `the sequence number ${event.seq} goes back (after ${previous}).`
}
