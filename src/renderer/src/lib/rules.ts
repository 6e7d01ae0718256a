import type { RecordKind } from '../../../shared/result'

/** Short plain names of main's rules, for the Problems panel; the rule id is shown beside them. */
const RULE_TITLES: Record<string, string> = {
  'site.inscribed-before-1978': 'Inscribed before 1978',
  'site.transboundary-matches-states': 'Transboundary flag disagrees with the states parties',
  'site.has-state-party': 'No state party',
  'site.has-location': 'No coordinates',
  'site.name-in-required-languages': 'Name missing in a dataset language',
  'site.criteria-match-category': 'Criteria do not fit the category',
  'site.coordinates-in-borders': 'Point outside its countries',
  'source.url-is-web': 'URL is not a web address',
  'source.web-accessed-date': 'Web source without an accessed date',
  'source.web-archive-link': 'Web source without an archive link',
  'source.date-valid': 'A date that does not exist',
  'statement.citation-needed': 'Citation needed',
  'statement.preferred-needs-point-in-time': 'Preferred value without a point in time',
  'statement.site-count-matches-records': 'Site count disagrees with the site records',
  'integrity.site-exists': 'Refers to a site that does not exist',
  'integrity.source-exists': 'Refers to a source that does not exist',
  'integrity.property-exists': 'Refers to a property that does not exist',
  'integrity.value-matches-datatype': 'Value does not fit its property',
}

/** "Citation needed" for `statement.citation-needed`; a schema rule says which check failed. */
export function ruleTitle(rule: string): string {
  if (RULE_TITLES[rule]) return RULE_TITLES[rule]
  if (rule.startsWith('schema.')) return `Does not fit the record's format (${rule.slice(7)})`
  return rule
}

export const KIND_LABELS: Record<RecordKind, string> = {
  site: 'Site',
  source: 'Source',
  statement: 'Statement',
  property: 'Property',
}
