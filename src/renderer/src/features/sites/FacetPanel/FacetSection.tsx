import { memo, useCallback, useState } from 'react'
import { Anchor, Checkbox, Group, Skeleton, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Site, SiteFacetName } from '@shared/domain'
import { useFormat } from '@renderer/i18n/format'
import { CRITERIA } from '@renderer/lib/labels'
import classes from './FacetPanel.module.css'
import { useFacetLabels } from './facet-labels'

/** Values shown before "Show all"; a longer list (states parties) gets a search box too. */
const SHORT_LIST = 12

type Criterion = Site['criteria'][number]

/** Facets whose values read best in their own order (decades newest first, criteria i to x). */
const ORDERED: Partial<Record<SiteFacetName, (a: string, b: string) => number>> = {
  decade: (a, b) => Number(b) - Number(a),
  criteria: (a, b) => CRITERIA.indexOf(a as Criterion) - CRITERIA.indexOf(b as Criterion),
}

interface FacetSectionProps {
  facet: SiteFacetName
  counts: { value: string; count: number }[]
  /** No counts have come yet (main counts after the rows): placeholders, not "no values". */
  loading: boolean
  chosen: string[]
  onChange: (facet: SiteFacetName, values: string[]) => void
}

interface FacetValueProps {
  value: string
  label: string
  count: string
  checked: boolean
  onToggle: (value: string, checked: boolean) => void
}

/** A value's checkbox: memoized apart from its count, which changes with every search. */
const FacetCheckbox = memo(function FacetCheckbox({
  value,
  label,
  checked,
  onToggle,
}: Omit<FacetValueProps, 'count'>) {
  return (
    <Checkbox
      size="xs"
      label={label}
      checked={checked}
      onChange={(event) => onToggle(value, event.currentTarget.checked)}
    />
  )
})

/** One value and its count; renders again only when one of them changes. */
const FacetValue = memo(function FacetValue({ value, label, count, checked, onToggle }: FacetValueProps) {
  return (
    <div className={classes.value} data-facet-value={value}>
      <FacetCheckbox value={value} label={label} checked={checked} onToggle={onToggle} />
      <Text size="xs" c="dimmed" className={classes.count} aria-hidden>
        {count}
      </Text>
    </div>
  )
})

/**
 * One facet: its values with counts, as checkboxes; chosen values stay listed even at zero.
 * Memoized: a section whose counts did not change (the same answer) does not render again.
 */
export const FacetSection = memo(function FacetSection({
  facet,
  counts,
  loading,
  chosen,
  onChange,
}: FacetSectionProps) {
  const { t } = useTranslation('tables')
  const labels = useFacetLabels()
  const format = useFormat()
  const [filter, setFilter] = useState('')
  const [showAll, setShowAll] = useState(false)
  const missing = chosen
    .filter((v) => !counts.some((c) => c.value === v))
    .map((value) => ({ value, count: 0 }))
  let values = [...counts, ...missing].map((c) => ({ ...c, label: labels.value(facet, c.value) }))
  const order = ORDERED[facet]
  if (order) values.sort((a, b) => order(a.value, b.value))
  const long = values.length > SHORT_LIST
  if (filter.trim()) {
    const needle = filter.trim().toLowerCase()
    values = values.filter(
      (v) => v.label.toLowerCase().includes(needle) || v.value.toLowerCase().includes(needle),
    )
  }
  const shown = long && !showAll && !filter.trim() ? values.slice(0, SHORT_LIST) : values
  const name = labels.facet(facet)
  const toggle = useCallback(
    (value: string, checked: boolean) =>
      onChange(facet, checked ? [...chosen, value] : chosen.filter((c) => c !== value)),
    [facet, chosen, onChange],
  )
  const headingId = `facet-${facet}`
  return (
    <section className={classes.section} aria-labelledby={headingId}>
      <Group justify="space-between" gap={4} mb={4}>
        <Text size="sm" fw={600} id={headingId}>
          {name}
        </Text>
        {chosen.length > 0 && (
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => onChange(facet, [])}
            aria-label={t('facets.clearFacet', { facet: name })}
          >
            {t('facets.clear')}
          </Anchor>
        )}
      </Group>
      {long && (
        <TextInput
          size="xs"
          mb={6}
          aria-label={t('facets.find', { facet: name })}
          placeholder={t('facets.findPlaceholder')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
        />
      )}
      <div role="group" aria-labelledby={headingId}>
        {shown.map((v) => (
          <FacetValue
            key={v.value}
            value={v.value}
            label={v.label}
            count={format.number(v.count)}
            checked={chosen.includes(v.value)}
            onToggle={toggle}
          />
        ))}
        {shown.length === 0 &&
          (loading ? (
            <Skeleton height={10} width="60%" my={4} />
          ) : (
            <Text size="xs" c="dimmed">
              {t('facets.noValues')}
            </Text>
          ))}
      </div>
      {long && !filter.trim() && (
        <Anchor component="button" type="button" size="xs" mt={4} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('facets.showFewer') : t('facets.showAll', { count: values.length })}
        </Anchor>
      )}
    </section>
  )
})
