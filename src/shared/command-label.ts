import type { RecordKind } from './result'

/**
 * What a command's label says, read back from main's English label (record-service, merge,
 * import, history, reorder write them, and the journal keeps them): the renderer says it again
 * in the interface language, naming the record instead of its id.
 */
export type CommandWords =
  | { key: 'edit' | 'create' | 'delete' | 'restoreDeletion'; kind: RecordKind; id: string }
  | { key: 'restoreVersion'; kind: RecordKind; id: string; at: string }
  | { key: 'merge'; kind: 'site'; removed: string; id: string }
  | { key: 'import'; file: string }
  | { key: 'restoreBackup'; name: string }
  | { key: 'reorder'; property: string }

const KIND = '(site|source|statement|property)'
type Read = (m: string[]) => CommandWords

const kindOf = (word: string | undefined) => word as RecordKind
const PATTERNS: [RegExp, Read][] = [
  [new RegExp(`^Edit ${KIND} (\\S+)$`), (m) => ({ key: 'edit', kind: kindOf(m[1]), id: m[2] ?? '' })],
  [new RegExp(`^Create ${KIND} (\\S+)$`), (m) => ({ key: 'create', kind: kindOf(m[1]), id: m[2] ?? '' })],
  [new RegExp(`^Delete ${KIND} (\\S+)$`), (m) => ({ key: 'delete', kind: kindOf(m[1]), id: m[2] ?? '' })],
  [
    new RegExp(`^Restore deletion of ${KIND} (\\S+)$`),
    (m) => ({ key: 'restoreDeletion', kind: kindOf(m[1]), id: m[2] ?? '' }),
  ],
  [
    new RegExp(`^Restore ${KIND} (\\S+) as of (\\S+)$`),
    (m) => ({ key: 'restoreVersion', kind: kindOf(m[1]), id: m[2] ?? '', at: m[3] ?? '' }),
  ],
  [
    /^Merge site (\S+) into (\S+)$/,
    (m) => ({ key: 'merge', kind: 'site', removed: m[1] ?? '', id: m[2] ?? '' }),
  ],
  [/^Restore backup (.+)$/, (m) => ({ key: 'restoreBackup', name: m[1] ?? '' })],
  [/^Import (.+)$/, (m) => ({ key: 'import', file: m[1] ?? '' })],
  [/^Reorder (\S+) values$/, (m) => ({ key: 'reorder', property: m[1] ?? '' })],
]

/** The words of one of main's labels, or null for a label of another shape (shown as it is). */
export function readCommandLabel(label: string): CommandWords | null {
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(label)
    if (match) return read([...match])
  }
  return null
}

/** The record a command is about, when it names one: its name is looked up to say it. */
export function commandRecord(words: CommandWords | null): { kind: RecordKind; id: string } | null {
  return words && 'id' in words ? { kind: words.kind, id: words.id } : null
}
