import { Badge, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordName } from '@shared/team-api'
import type { ParseKeys } from 'i18next'

/** A record as the team views name it: its kind, its name (and Chinese name), its id. */
export function RecordLabel({
  kind,
  id,
  name,
  headingId,
}: {
  kind: string
  id: string
  name: RecordName
  headingId?: string
}) {
  const { t } = useTranslation('team')
  return (
    <Group gap="xs" wrap="wrap" miw={0}>
      <Badge size="sm" variant="outline" color="gray">
        {t(`kind.${kind}` as ParseKeys<'team'>)}
      </Badge>
      <Text fw={600} size="sm" id={headingId} style={{ overflowWrap: 'anywhere' }}>
        {name.label}
        {name.labelZh && (
          <Text span c="dimmed" size="sm">
            {' '}
            · {name.labelZh}
          </Text>
        )}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace">
        {id}
      </Text>
    </Group>
  )
}
