import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { regionsOfStates } from '../../../../../shared/unesco-regions'
import { useLabels } from '../../../i18n/useLabels'

interface RegionSuggestionProps {
  statesParties: readonly string[]
  regions: readonly string[]
  onUse: (regions: string[]) => void
}

/**
 * While Regions is empty: the UNESCO regions of the states parties, as a suggestion the curator
 * takes with one click (never written without it).
 */
export function RegionSuggestion({ statesParties, regions, onUse }: RegionSuggestionProps) {
  const { t } = useTranslation('constraints')
  const labels = useLabels()
  const suggested = regionsOfStates(statesParties)
  if (regions.length > 0 || suggested.length === 0) return null
  const names = suggested.map((region) => labels.region(region)).join(', ')
  return (
    <Group gap={6} mt={-8} wrap="nowrap" data-testid="region-suggestion">
      <Text size="xs" c="blue">
        {t('regionSuggestion', { regions: names })}
      </Text>
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => onUse(suggested)}
        aria-label={t('regionSuggestionUseLabel', { regions: names })}
      >
        {t('regionSuggestionUse')}
      </Button>
    </Group>
  )
}
