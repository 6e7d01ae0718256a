import { Button, Group, Text, Tooltip } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ItemRef, Property } from '@shared/domain'
import { api, reviewKeys } from '@renderer/lib/api'
import { localPropertyLabel } from '@renderer/features/properties/property-text'

interface PropertySuggestionsProps {
  /** The statement's subject, once it is chosen. */
  subject: ItemRef | null
  byId: ReadonlyMap<string, Property>
  onPick: (property: string) => void
}

/**
 * The properties that similar records use most and this subject lacks (computed by main from the
 * dataset), one click each: so that a curator finds "visitor numbers" or "management body"
 * without knowing the registry by heart.
 */
export function PropertySuggestions({ subject, byId, onPick }: PropertySuggestionsProps) {
  const { t, i18n } = useTranslation('properties')
  const suggestions = useQuery({
    queryKey: subject ? reviewKeys.suggestions(subject) : ['review', 'suggestions', 'none'],
    queryFn: () => api.suggestProperties(subject as ItemRef),
    enabled: subject !== null,
  }).data
  const shown = (suggestions ?? []).filter((s) => byId.has(s.property))
  if (!subject || shown.length === 0) return null
  return (
    <Group gap={6} mt={-6} data-testid="property-suggestions">
      <Tooltip label={t('suggestedHelp')} multiline maw={300}>
        <Text size="xs" c="dimmed" tabIndex={0}>
          {t('suggested')}
        </Text>
      </Tooltip>
      {shown.map(({ property, subjects }) => {
        const label = localPropertyLabel(byId.get(property), i18n.language, property)
        return (
          <Button
            key={property}
            size="compact-xs"
            variant="light"
            radius="xl"
            onClick={() => onPick(property)}
            aria-label={t('suggestionLabel', { label, count: subjects })}
          >
            {t('suggestion', { label, count: subjects })}
          </Button>
        )
      })}
    </Group>
  )
}
