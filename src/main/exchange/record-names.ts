import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { RuleContext } from '../validation/rules'

/** A name by language code; `und` when the name has no language (a source's title). */
export type NamesByLanguage = Record<string, string>

/**
 * What a curator calls a record, in every language it has a name in, so that a report can name
 * it in the interface language: a site's name, a source's title, a property's label. A statement
 * has no name of its own: it is called by its subject and property ("CN · Sites inscribed").
 */
export function recordNames(lookup: RuleContext, kind: RecordKind, id: string): NamesByLanguage | undefined {
  const record = lookup.get(kind, id) as unknown
  if (!record) return undefined
  if (kind === 'site') return nonEmpty({ ...(record as RecordOf['site']).name })
  if (kind === 'source') {
    const title = (record as RecordOf['source']).title
    return title ? { und: title } : undefined
  }
  if (kind === 'property') return nonEmpty({ ...(record as RecordOf['property']).label })
  const statement = record as RecordOf['statement']
  const about = statement.subject
  // A country is called by its ISO code here: the interface has its name in every language.
  const subject = about.kind === 'site' ? recordNames(lookup, 'site', about.id) : { und: about.code }
  const property = recordNames(lookup, 'property', statement.property) ?? { und: statement.property }
  if (!subject) return property
  const names: NamesByLanguage = {}
  for (const language of new Set([...Object.keys(subject), ...Object.keys(property)])) {
    const pick = (map: NamesByLanguage) => map[language] ?? map.en ?? map.und ?? Object.values(map)[0]
    names[language] = `${pick(subject)} · ${pick(property)}`
  }
  return names
}

function nonEmpty(map: Record<string, string | undefined>): NamesByLanguage | undefined {
  const names = Object.fromEntries(Object.entries(map).filter((e): e is [string, string] => !!e[1]))
  return Object.keys(names).length > 0 ? names : undefined
}
