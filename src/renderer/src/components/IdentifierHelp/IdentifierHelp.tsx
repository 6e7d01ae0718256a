import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { identifierUrl, type IdentifierField } from '@shared/identifiers'
import { ExternalLink } from '../ExternalLink/ExternalLink'

/** The identifier fields whose values have a page on the web (the table's formatter URLs). */
type LinkedField = Extract<IdentifierField['field'], 'unescoId' | 'wikidataId' | 'DOI'>

/**
 * A field's help with, where the identifier table knows a URL pattern for the field and the value
 * fits it, a link to the value's page (the List's page for a UNESCO id, Wikidata's for an item,
 * doi.org for a DOI), opened in the system browser.
 */
export function IdentifierHelp({
  kind,
  field,
  value,
  valid,
  help,
}: {
  kind: IdentifierField['kind']
  field: LinkedField
  value: unknown
  valid: boolean
  help: ReactNode
}) {
  const { t } = useTranslation('constraints')
  const url = valid ? identifierUrl(kind, field, value) : undefined
  if (!url) return help
  return (
    <>
      {help}
      {' · '}
      <ExternalLink url={url} size="xs">
        {t(`link.${field}`)} ↗
      </ExternalLink>
    </>
  )
}
