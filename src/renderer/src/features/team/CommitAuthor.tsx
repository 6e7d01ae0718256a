import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TeamHistoryEntry } from '@shared/team-api'
import { useFormat } from '@renderer/i18n/format'

/** Who made a commit and when: "Name <e-mail>, date (how long ago)". */
export function CommitAuthor({ entry }: { entry: Pick<TeamHistoryEntry, 'author' | 'at'> }) {
  const { t } = useTranslation('team')
  const format = useFormat()
  return (
    <Text size="xs" c="dimmed">
      {t('history.by', {
        name: entry.author.name,
        email: entry.author.email,
        when: format.longWhen(entry.at),
        ago: format.relative(entry.at),
      })}
    </Text>
  )
}
