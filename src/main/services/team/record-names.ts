/**
 * Names for records in the team views, from the record itself (a deleted record is named by its
 * last version) and, for a statement, from the open dataset (its subject's and property's names).
 */
import type { RecordOf } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { RecordName } from '@shared/team-api'
import type { ConflictSubject } from '@shared/team'
import type { DatasetStore } from '../../dataset/dataset-store'

function firstName(map: Record<string, string> | undefined): string | undefined {
  if (!map) return undefined
  return map.en ?? Object.values(map)[0]
}

function siteName(site: RecordOf['site'] | undefined, fallback: string): RecordName {
  const label = firstName(site?.name) ?? fallback
  const zh = site?.name?.zh ?? site?.name?.['zh-Hans']
  return zh && zh !== label ? { label, labelZh: zh } : { label }
}

/** How a record is named: its name or title; a statement as "subject: property". */
export function recordName(
  kind: ConflictSubject,
  id: string,
  record: unknown,
  store: DatasetStore | undefined,
): RecordName {
  if (kind === 'manifest' || kind === 'file') return { label: id }
  // A record absent on the side asked about is named as the open dataset knows it.
  const known = record !== null && typeof record === 'object' ? record : store?.get(kind, id)
  if (!known) return { label: id }
  switch (kind) {
    case 'site':
      return siteName(known as RecordOf['site'], id)
    case 'source':
      return { label: (known as RecordOf['source']).title || id }
    case 'property':
      return { label: firstName((known as RecordOf['property']).label) ?? id }
    case 'statement': {
      const statement = known as RecordOf['statement']
      const subject =
        statement.subject?.kind === 'site'
          ? siteName(store?.get('site', statement.subject.id), statement.subject.id)
          : { label: statement.subject?.code ?? '?' }
      const property = firstName(store?.get('property', statement.property)?.label) ?? statement.property
      return {
        label: `${subject.label}: ${property}`,
        ...(subject.labelZh && { labelZh: `${subject.labelZh}: ${property}` }),
      }
    }
  }
}

/** A record named from the open dataset, for lists that carry only kind and id (History). */
export function namedRef(
  kind: RecordKind,
  id: string,
  store: DatasetStore,
): { kind: RecordKind; id: string } & RecordName {
  return { kind, id, ...recordName(kind, id, store.get(kind, id) ?? null, store) }
}
