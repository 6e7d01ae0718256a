/** Plain names of fields, by the last named segment of a JSON pointer: main's messages and the renderer's history use the same. */
export const FIELD_LABELS: Record<string, string> = {
  id: 'Id',
  unescoId: 'UNESCO id',
  wikidataId: 'Wikidata item',
  name: 'Name',
  statesParties: 'States parties',
  regions: 'Regions',
  category: 'Category',
  criteria: 'Criteria',
  yearInscribed: 'Year inscribed',
  extensionYears: 'Extension years',
  inDanger: 'In danger',
  location: 'Location',
  latitude: 'Latitude',
  longitude: 'Longitude',
  areaHectares: 'Area (ha)',
  bufferZoneHectares: 'Buffer zone (ha)',
  transboundary: 'Transboundary',
  description: 'Description',
  status: 'Status',
  reviewNote: 'Reviewer note',
  acknowledgements: 'Acknowledged warnings',
  acknowledged: 'Acknowledged warnings',
  notDuplicates: 'Not duplicates of',
  kind: 'Kind',
  item: 'Item',
  createdAt: 'Created',
  updatedAt: 'Updated',
  type: 'Type',
  title: 'Title',
  'container-title': 'Container title',
  publisher: 'Publisher',
  'publisher-place': 'Place of publication',
  author: 'Authors',
  family: 'Family name',
  given: 'Given name',
  literal: 'Name',
  issued: 'Issued',
  accessed: 'Accessed',
  'date-parts': 'Date',
  URL: 'URL',
  url: 'URL',
  DOI: 'DOI',
  archiveUrl: 'Archive URL',
  language: 'Language',
  note: 'Note',
  label: 'Label',
  datatype: 'Datatype',
  subject: 'Subject',
  property: 'Property',
  value: 'Value',
  qualifiers: 'Qualifiers',
  references: 'References',
  source: 'Source',
  quote: 'Quote',
  locator: 'Locator',
  rank: 'Rank',
  amount: 'Amount',
  unit: 'Unit',
  time: 'Date',
  precision: 'Precision',
  text: 'Text',
  code: 'Country code',
  languages: 'Required languages',
  schemaVersion: 'Schema version',
  ISBN: 'ISBN',
  formatterUrl: 'Formatter URL',
  qualifierOnly: 'Qualifier only',
  retired: 'Retired',
  constraints: 'Constraints',
  pattern: 'Pattern',
  minimum: 'Minimum',
  maximum: 'Maximum',
  severity: 'Severity',
  categories: 'Site categories',
  subjects: 'Subjects',
  wikidataProperty: 'Wikidata property',
  expectsPointInTime: 'Expects a point in time',
  properties: 'Qualifier properties',
}

/** The label of the field a JSON pointer names: `/name/en` is "Name (en)", `/criteria/2` is "Criteria". */
export function fieldLabel(pointer: string): string {
  const segments = pointer.split('/').slice(1).map(unescapePointer)
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const segment = segments[i] ?? ''
    if (/^\d+$/.test(segment)) continue
    const label = FIELD_LABELS[segment]
    if (label) return label
    const parent = FIELD_LABELS[segments[i - 1] ?? '']
    // Language maps: the key is a language tag.
    if (
      parent &&
      (segments[i - 1] === 'name' || segments[i - 1] === 'description' || segments[i - 1] === 'label')
    ) {
      return `${parent} (${segment})`
    }
    return segment
  }
  return 'Record'
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~')
}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}
