/**
 * The names behind a command's label. Main's labels name records by id ("Edit site whc-440"):
 * they are journaled and read back, so they stay as they are; what the curator reads is said by
 * the renderer in the interface language with these names (issue 14, item 6). A deleted record is
 * named by its last version in the command's changes.
 */
import type { Change, CommandNames, RecordOf } from '@shared/domain'
import { commandRecord, readCommandLabel } from '@shared/command-label'
import type { RecordKind } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'
import { itemNames } from '../query/rows'

type Names = Record<string, string>

function copy(map: Readonly<Record<string, string | undefined>> | undefined): Names | undefined {
  const entries = Object.entries(map ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]))
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

/** "subject: property" in every language either has a name in (a country is its code). */
function statementNames(statement: RecordOf['statement'], store: DatasetStore): Names {
  const subject: Names = itemNames(statement.subject, store) ?? {
    und: statement.subject.kind === 'country' ? statement.subject.code : statement.subject.id,
  }
  const property: Names = copy(store.get('property', statement.property)?.label) ?? {
    und: statement.property,
  }
  const fallback = (names: Names) => names.en ?? names.und ?? Object.values(names)[0] ?? ''
  const languages = new Set([...Object.keys(subject), ...Object.keys(property)])
  // A subject without names of its own ("CN") reads the same in every language the property has.
  if (languages.size > 1) languages.delete('und')
  return Object.fromEntries(
    [...languages].map((lang) => [
      lang,
      `${subject[lang] ?? fallback(subject)}: ${property[lang] ?? fallback(property)}`,
    ]),
  )
}

/** A record's names by language: a site's names, a property's labels, a source's title, a statement's subject and property. */
export function recordNames(kind: RecordKind, record: unknown, store: DatasetStore): Names | undefined {
  if (!record || typeof record !== 'object') return undefined
  switch (kind) {
    case 'site':
      return copy((record as RecordOf['site']).name)
    case 'property':
      return copy((record as RecordOf['property']).label)
    case 'source':
      return copy({ und: (record as RecordOf['source']).title })
    case 'statement':
      return statementNames(record as RecordOf['statement'], store)
  }
}

/** The record as the command left it, or as it was before (deleted), or as the dataset has it now. */
function recordIn(changes: readonly Change[], kind: RecordKind, id: string, store: DatasetStore): unknown {
  const change = changes.find((c) => c.kind === kind && c.id === id)
  return change ? (change.after ?? change.before) : store.get(kind, id)
}

/** The names a command's label is said with; empty for a label that names no record (an import). */
export function commandNames(
  store: DatasetStore,
  command: { label: string; changes: readonly Change[] },
): CommandNames {
  const words = readCommandLabel(command.label)
  const names: CommandNames = {}
  const about = commandRecord(words)
  if (about) {
    const record = recordNames(about.kind, recordIn(command.changes, about.kind, about.id, store), store)
    if (record) names.record = record
  }
  if (words?.key === 'merge') {
    const removed = recordNames('site', recordIn(command.changes, 'site', words.removed, store), store)
    if (removed) names.removed = removed
  }
  if (words?.key === 'reorder') {
    const property = recordNames('property', store.get('property', words.property), store)
    if (property) names.property = property
  }
  return names
}
