import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { identifierUrl } from '../../../../../shared/identifiers'
import { ExternalLink } from '../../../components/ExternalLink/ExternalLink'

/**
 * A field's help with, where the identifier table knows a URL pattern for the field and the value
 * fits it, a link to the value's page (the List's page for a UNESCO id, Wikidata's for an item),
 * opened in the system browser.
 */
export function IdentifierHelp({
  field,
  value,
  valid,
  help,
}: {
  field: 'unescoId' | 'wikidataId'
  value: unknown
  valid: boolean
  help: ReactNode
}) {
  const { t } = useTranslation('constraints')
  const url = valid ? identifierUrl('site', field, value) : undefined
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
