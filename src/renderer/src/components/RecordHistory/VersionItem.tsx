import { Badge, Button, Group, Spoiler, Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordVersion } from '../../../../shared/domain'
import { useCommandText } from '../../hooks/useCommandText'
import { useFormat } from '../../i18n/format'
import { useFieldWords } from './history-format'

function Value({ value, path }: { value: unknown; path: string }) {
  const { t } = useTranslation('history')
  const { text, full } = useFieldWords().shortValue(value, path)
  if (text === '') {
    return (
      <Text span c="dimmed" size="sm">
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('none')}</VisuallyHidden>
      </Text>
    )
  }
  return (
    <Text span size="sm" title={full === text ? undefined : full} style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  )
}

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
  const label = useCommandText(version.label)
  const format = useFormat()
  const { fieldLabel } = useFieldWords()
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
      {version.fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('noField')}
        </Text>
      ) : (
        <Spoiler maxHeight={170} showLabel={t('showAll')} hideLabel={t('showFewer')}>
          <Table layout="fixed" verticalSpacing={4} fz="sm" aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">{t('field')}</Table.Th>
                <Table.Th>{t('before')}</Table.Th>
                <Table.Th>{t('after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {version.fields.map((field) => (
                <Table.Tr key={field.path}>
                  <Table.Td>{fieldLabel(field.path)}</Table.Td>
                  <Table.Td>
                    <Value value={field.before} path={field.path} />
                  </Table.Td>
                  <Table.Td>
                    <Value value={field.after} path={field.path} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Spoiler>
      )}
      {canRestore && !current && version.effect !== 'deleted' && (
        <Button size="xs" variant="light" mt="xs" onClick={onRestore} aria-describedby={headingId}>
          {t('restore')}
        </Button>
      )}
    </div>
  )
}
