import { Badge, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordVersion } from '@shared/domain'
import { useCommandText } from '@renderer/hooks/useCommandText'
import { useFormat } from '@renderer/i18n/format'
import { FieldDiffTable } from './FieldDiffTable'

interface VersionItemProps {
  version: RecordVersion
  /** The newest version: what the record is now. */
  current: boolean
  canRestore: boolean
  onRestore: () => void
}

/** One version: what happened, who and when, and what changed field by field. */
export function VersionItem({ version, current, canRestore, onRestore }: VersionItemProps) {
  const { t } = useTranslation('history')
  const label = useCommandText(version)
  const format = useFormat()
  const headingId = `version-${version.seq}`
  const op = version.op === 'do' ? null : t(`op.${version.op}`)
  // The time, and how long ago it was: "29 Nov 2026, 10:42 (5 minutes ago)".
  const when = t('ago', { when: format.longWhen(version.at), ago: format.relative(version.at) })
  return (
    <div>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm" id={headingId}>
          {t(`effect.${version.effect}`, { author: version.author, when })}
        </Text>
        {op && (
          <Badge size="sm" variant="light" color="grape">
            {op}
          </Badge>
        )}
        {current && (
          <Badge size="sm" variant="light" color="teal">
            {t('current')}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb={6} style={{ overflowWrap: 'anywhere' }}>
        {label}
      </Text>
      <FieldDiffTable fields={version.fields} labelledBy={headingId} />
      {canRestore && !current && version.effect !== 'deleted' && (
        <Button size="xs" variant="light" mt="xs" onClick={onRestore} aria-describedby={headingId}>
          {t('restore')}
        </Button>
      )}
    </div>
  )
}
