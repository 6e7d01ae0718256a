import { Badge, Button, CloseButton, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SiteFacetName } from '@shared/domain'
import type { ChosenFacets } from '@renderer/hooks/useTableQuery'
import { FACET_ORDER, useFacetLabels } from './facet-labels'

interface FacetChipsProps {
  chosen: ChosenFacets
  onChange: (facet: SiteFacetName, values: string[]) => void
  onClearAll: () => void
}

/** The chosen facet values above the table, each removable, and "Clear all". */
export function FacetChips({ chosen, onChange, onClearAll }: FacetChipsProps) {
  const { t } = useTranslation('tables')
  const labels = useFacetLabels()
  const chips = FACET_ORDER.flatMap((facet) =>
    (chosen[facet] ?? []).map((value) => ({
      facet,
      value,
      text: `${labels.facet(facet)}: ${labels.value(facet, value)}`,
    })),
  )
  if (chips.length === 0) return null
  return (
    <Group gap={6} role="list" aria-label={t('facets.chosen')}>
      {chips.map(({ facet, value, text }) => (
        <Badge
          key={`${facet}:${value}`}
          role="listitem"
          variant="light"
          size="lg"
          radius="xl"
          tt="none"
          fw={500}
          rightSection={
            <CloseButton
              size="xs"
              aria-label={t('facets.remove', { filter: text })}
              onClick={() =>
                onChange(
                  facet,
                  (chosen[facet] ?? []).filter((v) => v !== value),
                )
              }
            />
          }
        >
          {text}
        </Badge>
      ))}
      <Button size="compact-xs" variant="subtle" onClick={onClearAll}>
        {t('facets.clearAll')}
      </Button>
    </Group>
  )
}
