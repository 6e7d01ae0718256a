import { useId } from 'react'
import { Button, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ItemRef } from '@shared/domain'
import { propertyDescription, propertyLabel, useProperties } from '@renderer/hooks/useProperties'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { RetiredBadge } from '@renderer/features/properties/RetiredBadge/RetiredBadge'
import { StatementItem } from './StatementItem'
import type { PropertyGroup } from './useSubjectStatements'
import classes from './SubjectStatements.module.css'

interface PropertyGroupCardProps {
  subject: ItemRef
  group: PropertyGroup
  readOnly: boolean
}

/** One property and its values about the subject, as Wikidata lays them out: property left, values right. */
export function PropertyGroupCard({ subject, group, readOnly }: PropertyGroupCardProps) {
  const { t, i18n } = useTranslation('statements')
  const { openOver } = useNavigation()
  const { byId } = useProperties()
  const property = byId.get(group.property)
  const headingId = useId()
  const label = property ? propertyLabel(property, group.property, i18n.language) : group.label
  const description = propertyDescription(property, i18n.language)
  return (
    <Paper withBorder radius="md" className={classes.group} component="section" aria-labelledby={headingId}>
      <div className={classes.property}>
        <Text fw={600} size="sm" component="h4" m={0} id={headingId}>
          {label}
        </Text>
        {property?.retired && <RetiredBadge />}
        {description && (
          <Text size="xs" c="dimmed" mt={2} lineClamp={3}>
            {description}
          </Text>
        )}
      </div>
      <div className={classes.values}>
        <ul className={classes.list} aria-labelledby={headingId}>
          {group.items.map(({ row, record }) => (
            <StatementItem
              key={row.id}
              row={row}
              record={record}
              siblings={group.items.map((i) => i.row.id)}
            />
          ))}
        </ul>
        <Button
          variant="subtle"
          size="compact-xs"
          mt={4}
          // A retired property takes no new values; its existing ones stay, marked.
          disabled={readOnly || property?.retired === true}
          onClick={() => openOver('statement', null, { prefill: { subject, property: group.property } })}
          aria-label={t('addValueTo', { label })}
        >
          {t('addValue')}
        </Button>
      </div>
    </Paper>
  )
}
