import { memo, useDeferredValue } from 'react'
import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FacetCounts } from '@shared/domain'
import type { ChosenFacets } from '@renderer/hooks/useTableQuery'
import classes from './FacetPanel.module.css'
import { FACET_ORDER } from './facet-labels'
import { FacetSection } from './FacetSection'

/** Shared empty lists, so that a memoized section sees the same props from one render to the next. */
const NONE: { value: string; count: number }[] = []
const NONE_CHOSEN: string[] = []

interface FacetPanelProps {
  counts?: FacetCounts
  /** The counts shown are an earlier query's, while main counts for this one: shown dimmed. */
  stale?: boolean
  chosen: ChosenFacets
  onChange: (facet: keyof ChosenFacets, values: string[]) => void
  onClearAll: () => void
}

/**
 * The sites' facets beside the table, OpenRefine's way: each count is the number of sites that
 * choosing the value would give, with the other facets as chosen. Memoized: scrolling the
 * table re-renders the page, not the panel. Main counts after the rows (useSiteFacetCounts),
 * and a new answer's counts render after the frame that shows its rows (a deferred value), so
 * that typing in the search is not held up by them; an earlier query's counts show dimmed.
 */
export const FacetPanel = memo(function FacetPanel({
  counts,
  stale = false,
  chosen,
  onChange,
  onClearAll,
}: FacetPanelProps) {
  const { t } = useTranslation('tables')
  const shownCounts = useDeferredValue(counts)
  const any = Object.values(chosen).some((v) => v && v.length > 0)
  return (
    <aside
      className={classes.panel}
      aria-label={t('facets.title')}
      aria-busy={stale || undefined}
      data-stale={stale || undefined}
    >
      <Group justify="space-between" mb={6}>
        <Text fw={700} size="sm">
          {t('facets.title')}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onClearAll} disabled={!any}>
          {t('facets.clearAll')}
        </Button>
      </Group>
      {FACET_ORDER.map((facet) => (
        <FacetSection
          key={facet}
          facet={facet}
          counts={shownCounts?.[facet] ?? NONE}
          loading={shownCounts === undefined}
          chosen={chosen[facet] ?? NONE_CHOSEN}
          onChange={onChange}
        />
      ))}
    </aside>
  )
})
