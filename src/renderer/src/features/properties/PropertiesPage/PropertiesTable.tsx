import { useMemo } from 'react'
import { Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RetiredBadge } from '../RetiredBadge/RetiredBadge'
import type { Property } from '@shared/domain'
import type { Column } from '@renderer/components/DataTable/DataTable'
import type { RecordTableProps } from '@renderer/components/RecordTable/RecordTable'
import { RecordTable } from '@renderer/components/RecordTable/RecordTable'
import { useFormat } from '@renderer/i18n/format'
import { localPropertyLabel } from '../property-text'

interface PropertiesTableProps extends RecordTableProps<Property> {
  /** Statements per property, when known. */
  usage: Record<string, number> | undefined
}

function LabelCell({ property }: { property: Property }) {
  const { t, i18n } = useTranslation('properties')
  const label = localPropertyLabel(property, i18n.language)
  return (
    <div style={{ minWidth: 0 }}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={500} truncate="end" title={label} c={property.retired ? 'dimmed' : undefined}>
          {label}
        </Text>
        {property.qualifierOnly && (
          <Badge size="xs" variant="light" color="blue" radius="sm">
            {t('badge.qualifierOnly')}
          </Badge>
        )}
        {property.retired && <RetiredBadge />}
      </Group>
      <Text size="xs" c="dimmed" ff="monospace" truncate="end">
        {property.id}
        {property.wikidataProperty ? ` · ${property.wikidataProperty}` : ''}
      </Text>
    </div>
  )
}

/** An empty cell: a dash, so that an empty column reads as "none", not as not loaded. */
function NoneCell() {
  return (
    <Text span size="sm" c="dimmed">
      —
    </Text>
  )
}

/** The property registry: label and id, datatype, where it is used, its constraints, how many statements use it. */
export function PropertiesTable({ usage, ...props }: PropertiesTableProps) {
  const { t } = useTranslation('properties')
  const columns = usePropertyColumns(usage)
  return <RecordTable {...props} label={t('title')} columns={columns} rowHeight={60} minWidth={760} />
}

/** Every column of the registry, as data: the same objects until the language or the usage counts change. */
function usePropertyColumns(usage: PropertiesTableProps['usage']): Column<Property>[] {
  const { t } = useTranslation('properties')
  const format = useFormat()
  return useMemo<Column<Property>[]>(
    () => [
      {
        key: 'label',
        label: t('columns.label'),
        sortable: true,
        flex: '3 1 16rem',
        render: (p) => <LabelCell property={p} />,
      },
      {
        key: 'datatype',
        label: t('columns.datatype'),
        sortable: true,
        flex: '0 0 10rem',
        render: (p) => t(`datatype.${p.datatype}`),
      },
      {
        key: 'subjects',
        label: t('columns.subjects'),
        flex: '0 0 9rem',
        render: (p) =>
          p.subjects && p.subjects.length > 0 ? (
            p.subjects.map((kind) => t(`subjectKind.${kind}`)).join(', ')
          ) : (
            <NoneCell />
          ),
      },
      {
        key: 'constraints',
        label: t('columns.constraints'),
        flex: '2 1 12rem',
        render: (p) =>
          (p.constraints ?? []).length === 0 ? (
            <NoneCell />
          ) : (
            <Group gap={4}>
              {(p.constraints ?? []).map((c) => (
                <Badge
                  key={c.type}
                  size="xs"
                  radius="sm"
                  variant="light"
                  color={c.severity === 'error' ? 'red' : 'orange'}
                >
                  {t(`constraint.${c.type}`)}
                </Badge>
              ))}
            </Group>
          ),
      },
      {
        key: 'usage',
        label: t('columns.usage'),
        flex: '0 0 7rem',
        render: (p) => format.number(usage?.[p.id] ?? 0),
      },
    ],
    [t, format, usage],
  )
}
