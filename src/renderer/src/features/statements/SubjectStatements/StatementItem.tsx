import { useTranslation } from 'react-i18next'
import { Badge, Group, Text } from '@mantine/core'
import type { Statement, StatementRow, Value } from '@shared/domain'
import { ExternalLink } from '@renderer/components/ExternalLink/ExternalLink'
import { formatIdentifierUrl } from '@shared/identifiers'
import { StatusBadge } from '@renderer/components/StatusBadge/StatusBadge'
import { propertyLabel, useProperties } from '@renderer/hooks/useProperties'
import { useRecord } from '@renderer/hooks/useRecords'
import { useLocalName } from '@renderer/lib/record-name'
import { useLabels } from '@renderer/i18n/useLabels'
import { useValueText } from '@renderer/lib/value-text'
import { CitationBadge } from '../CitationBadge/CitationBadge'
import { CitedSources } from './CitedSources'
import { StatementActions } from './StatementActions'
import classes from './SubjectStatements.module.css'

const RANK_BADGES: Record<Statement['rank'], { color: string; variant: 'light' | 'outline' }> = {
  preferred: { color: 'indigo', variant: 'light' },
  normal: { color: 'gray', variant: 'outline' },
  deprecated: { color: 'red', variant: 'outline' },
}

/** A site named as a value: its name, looked up. */
function SiteName({ id }: { id: string }) {
  const site = useRecord('site', id).data
  const name = useLocalName()
  return <>{site ? name(site.name) : id}</>
}

/**
 * A value as the statements list shows it: a link for a URL, and for a text whose property has a
 * formatter URL (an identifier in another register); a site's name; a text's language.
 */
export function ValueView({ value, formatterUrl }: { value: Value; formatterUrl?: string | undefined }) {
  const valueText = useValueText()
  if (value.type === 'url') return <ExternalLink url={value.url} />
  const linked =
    value.type === 'string' && formatterUrl ? formatIdentifierUrl(formatterUrl, value.text) : undefined
  if (linked) return <ExternalLink url={linked}>{valueText(value)}</ExternalLink>
  if (value.type === 'item' && value.item.kind === 'site') return <SiteName id={value.item.id} />
  if (value.type === 'monolingual') {
    return (
      <>
        <span lang={value.language}>{value.text}</span>{' '}
        <Text span size="xs" c="dimmed">
          ({value.language})
        </Text>
      </>
    )
  }
  return <>{valueText(value)}</>
}

interface StatementItemProps {
  row: StatementRow
  record?: Statement
  /** The ids of the property's values, in the order shown, for moving this one. */
  siblings: string[]
}

/** One statement of a property's group: value, rank, status, qualifiers and its references. */
export function StatementItem({ row, record, siblings }: StatementItemProps) {
  const { byId } = useProperties()
  const { i18n } = useTranslation()
  const labels = useLabels()
  const rank = RANK_BADGES[row.rank]
  return (
    <li className={classes.item} data-rank={row.rank}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Text fw={500} size="sm" className={classes.value}>
              {record ? (
                <ValueView value={record.value} formatterUrl={byId.get(record.property)?.formatterUrl} />
              ) : (
                row.valueText
              )}
            </Text>
            <Badge size="xs" radius="sm" color={rank.color} variant={rank.variant}>
              {labels.rank(row.rank)}
            </Badge>
            <StatusBadge status={row.status} size="xs" />
          </Group>
          {record && record.qualifiers.length > 0 && (
            <div className={classes.qualifiers}>
              {record.qualifiers.map((qualifier, index) => (
                <Text key={index} size="xs">
                  <Text span size="xs" c="dimmed">
                    {propertyLabel(byId.get(qualifier.property), qualifier.property, i18n.language)}
                  </Text>{' '}
                  <ValueView
                    value={qualifier.value}
                    formatterUrl={byId.get(qualifier.property)?.formatterUrl}
                  />
                </Text>
              ))}
            </div>
          )}
          <Group gap={6} mt={4}>
            <CitationBadge count={row.referenceCount} size="xs" deprecated={row.rank === 'deprecated'} />
            {record && <CitedSources references={record.references} />}
          </Group>
        </div>
        <StatementActions row={row} record={record} siblings={siblings} />
      </Group>
    </li>
  )
}
