import type { ReactNode } from 'react'
import { Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { regionsOfStates } from '@shared/unesco-regions'
import { useLabels } from '@renderer/i18n/useLabels'

interface RegionSuggestionProps {
  statesParties: readonly string[]
  regions: readonly string[]
  onUse: (regions: string[]) => void
  /** The field's help, shown when there is nothing to suggest. */
  help: ReactNode
}

/**
 * The Regions field's help: while it is empty, the UNESCO regions of the states parties, as a
 * suggestion the curator takes with one click (never written without it).
 */
export function RegionSuggestion({ statesParties, regions, onUse, help }: RegionSuggestionProps) {
  const { t } = useTranslation('constraints')
  const labels = useLabels()
  const suggested = regionsOfStates(statesParties)
  if (regions.length > 0 || suggested.length === 0) return help
  const names = suggested.map((region) => labels.region(region)).join(', ')
  return (
    <span data-testid="region-suggestion">
      {t('regionSuggestion', { regions: names })}{' '}
      <Anchor
        component="button"
        type="button"
        size="xs"
        fw={600}
        onClick={() => onUse(suggested)}
        aria-label={t('regionSuggestionUseLabel', { regions: names })}
      >
        {t('regionSuggestionUse')}
      </Anchor>
    </span>
  )
}
