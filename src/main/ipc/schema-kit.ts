/**
 * Building blocks for the IPC argument schemas: TypeBox's JSON Schema builders, whose static
 * types follow the schema, plus the few shapes TypeBox does not type the way our contract does.
 * `ArgsSchema<A>` ties a method's schema to its arguments' TypeScript type (see argument-schemas.ts).
 */
import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox'

export { Type }

/**
 * The JSON Schema of one method's argument list, and (for the compiler only) the argument types
 * it accepts. Invariant in `A`: a schema whose arguments differ from the contract's in either
 * direction fails to compile.
 */
export interface ArgsSchema<A extends unknown[]> {
  readonly schema: Record<string, unknown>
  readonly _arguments?: (checked: A) => A
}

type StaticTuple<T extends TSchema[]> = { [I in keyof T]: T[I] extends TSchema ? Static<T[I]> : never }

/**
 * A method's arguments: the required ones, then the optional ones, and nothing more. Checked as a
 * 2020-12 tuple (`prefixItems`, `items: false`) whose length lies between the two counts.
 */
export function args<const R extends TSchema[] = [], const O extends TSchema[] = []>(
  required: [...R] = [] as unknown as [...R],
  optional: [...O] = [] as unknown as [...O],
): ArgsSchema<[...StaticTuple<R>, ...Partial<StaticTuple<O>>]> {
  const items = [...required, ...optional]
  const bounds = { type: 'array', minItems: required.length, maxItems: items.length }
  return { schema: items.length === 0 ? bounds : { ...bounds, prefixItems: items, items: false } }
}

/** One of the given strings, typed as their union. */
export function oneOf<const T extends string>(values: readonly T[]): TUnsafe<T> {
  return Type.Unsafe<T>({ enum: [...values] })
}

/** An object that may hold any of the given keys, each with a value of one schema, and no other key. */
export function someOf<const K extends string, S extends TSchema>(
  keys: readonly K[],
  value: S,
): TUnsafe<Partial<Record<K, Static<S>>>> {
  return Type.Unsafe({
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(keys.map((key) => [key, value])),
  })
}

/** A map from keys matching `keyPattern` to values of one schema, at most `maxProperties` of them. */
export function mapOf<S extends TSchema>(
  keyPattern: string,
  value: S,
  maxProperties: number,
): TUnsafe<Record<string, Static<S>>> {
  return Type.Unsafe({
    type: 'object',
    maxProperties,
    propertyNames: { pattern: keyPattern },
    additionalProperties: value,
  })
}

/**
 * A value main checks itself after the call is let in (a record draft: the record schemas and
 * rules check it, with messages per field); at the door it only has to be an object.
 */
export function checkedByHandler<T>(): TUnsafe<T> {
  return Type.Unsafe<T>({ type: 'object' })
}
