import type { ItemRef, Property, RecordOf, RowOf, Site, Source, Statement, Value } from '@shared/domain'
import type { RecordKind } from '@shared/result'
import type { DatasetStore } from '../dataset/dataset-store'

export function siteRow(site: Site): RowOf['site'] {
  return {
    id: site.id,
    unescoId: site.unescoId,
    name: site.name,
    statesParties: site.statesParties,
    category: site.category,
    criteria: site.criteria,
    yearInscribed: site.yearInscribed,
    ...(site.yearDelisted !== undefined ? { yearDelisted: site.yearDelisted } : {}),
    inDanger: site.inDanger,
    status: site.status,
    updatedAt: site.updatedAt,
  }
}

export function sourceRow(source: Source, citedBy: number): RowOf['source'] {
  return {
    id: source.id,
    type: source.type,
    title: source.title,
    containerTitle: source['container-title'],
    publisher: source.publisher,
    issuedYear: source.issued?.['date-parts']?.[0]?.[0],
    URL: source.URL,
    status: source.status,
    citedBy,
  }
}

function displayName(map: Record<string, string> | undefined, fallback: string): string {
  if (!map) return fallback
  return map.en ?? Object.values(map)[0] ?? fallback
}

/** Whether two item references name the same site or country. */
export function sameItem(a: ItemRef, b: ItemRef): boolean {
  return a.kind === 'site' ? b.kind === 'site' && a.id === b.id : b.kind === 'country' && a.code === b.code
}

export function itemLabel(item: ItemRef, store: DatasetStore): string {
  if (item.kind === 'country') return item.code
  return displayName(store.get('site', item.id)?.name, item.id)
}

/** A site's names by language (a copy: rows travel to the renderer); undefined for a country or a missing site. */
export function itemNames(item: ItemRef, store: DatasetStore): Record<string, string> | undefined {
  if (item.kind !== 'site') return undefined
  const name = store.get('site', item.id)?.name
  return name ? { ...name } : undefined
}

/** A value in a short human form, as the statements table shows it. */
function valueText(value: Value, store: DatasetStore): string {
  switch (value.type) {
    case 'quantity':
      return value.unit ? `${value.amount} ${value.unit}` : String(value.amount)
    case 'time':
      return value.time.startsWith('+') ? value.time.slice(1) : `${value.time.slice(1)} BCE`
    case 'item':
      return itemLabel(value.item, store)
    case 'url':
      return value.url
    case 'string':
    case 'monolingual':
      return value.text
  }
}

export function statementRow(statement: Statement, store: DatasetStore): RowOf['statement'] {
  return {
    id: statement.id,
    subject: statement.subject,
    subjectLabel: itemLabel(statement.subject, store),
    ...(statement.subject.kind === 'site' && { subjectNames: itemNames(statement.subject, store) }),
    property: statement.property,
    propertyLabel: displayName(store.get('property', statement.property)?.label, statement.property),
    valueText: valueText(statement.value, store),
    referenceCount: statement.references.length,
    rank: statement.rank,
    status: statement.status,
  }
}

/** The text a record is searched by, before folding. */
export function searchText<K extends RecordKind>(kind: K, record: RecordOf[K], store: DatasetStore): string {
  switch (kind) {
    case 'site': {
      const site = record as Site
      return [site.id, site.unescoId, ...Object.values(site.name), ...site.statesParties].join(' ')
    }
    case 'source': {
      const s = record as Source
      const authors = (s.author ?? []).map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`)
      return [s.id, s.title, s['container-title'], s.publisher, s.URL, ...authors].join(' ')
    }
    case 'property': {
      const p = record as Property
      return [p.id, ...Object.values(p.label)].join(' ')
    }
    default: {
      const row = statementRow(record as Statement, store)
      return [row.id, row.subjectLabel, row.propertyLabel, row.valueText].join(' ')
    }
  }
}
