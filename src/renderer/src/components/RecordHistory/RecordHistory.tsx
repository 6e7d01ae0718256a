import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, Button, Center, Group, Loader, Modal, Text, Timeline } from '@mantine/core'
import { useOs } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import type { RecordVersion } from '@shared/domain'
import type { EditableKind } from '@renderer/hooks/useNavigation'
import { useRecordHistory, useRestoreVersion } from '@renderer/hooks/useHistory'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { useUnsavedChanges } from '@renderer/hooks/useUnsavedChanges'
import { useFormat } from '@renderer/i18n/format'
import { VersionItem } from './VersionItem'
import { useHoldDrawer } from '../RecordDrawer/record-level'

interface RecordHistoryProps {
  kind: EditableKind
  id: string
  /** The tab is shown: only then is the history read. */
  active: boolean
}

/** Who changed this record, when, and what; any earlier version can be made current again. */
export function RecordHistory({ kind, id, active }: RecordHistoryProps) {
  const { t } = useTranslation(['history', 'common'])
  const { longWhen } = useFormat()
  const history = useRecordHistory(kind, id, active)
  const restore = useRestoreVersion(kind, id)
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const { confirmDiscard } = useUnsavedChanges()
  const [chosen, setChosen] = useState<RecordVersion | null>(null)
  useHoldDrawer(chosen !== null)
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl+'

  const confirm = (version: RecordVersion) => {
    setChosen(null)
    confirmDiscard(() =>
      restore.mutate(version.seq, {
        onSuccess: () =>
          notifications.show({
            message: t('restored', { when: longWhen(version.at), shortcut: `${mod}Z` }),
            color: 'teal',
          }),
        onError: (error) =>
          notifications.show({ title: t('notRestored'), message: error.message, color: 'red' }),
      }),
    )
  }

  if (history.isError) return <Alert color="red">{history.error.message}</Alert>
  if (!history.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('loading')} />
      </Center>
    )
  }
  if (history.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t(`empty.${kind}`)}
      </Text>
    )
  }
  return (
    <section aria-label={t(`label.${kind}`)}>
      <Timeline bulletSize={12} lineWidth={2} active={0}>
        {history.data.map((version, index) => (
          <Timeline.Item key={version.seq}>
            <VersionItem
              version={version}
              current={index === 0}
              canRestore={!readOnly && !restore.isPending}
              onRestore={() => setChosen(version)}
            />
          </Timeline.Item>
        ))}
      </Timeline>
      <Modal opened={chosen !== null} onClose={() => setChosen(null)} title={t('confirmTitle')} centered>
        <Text size="sm" mb="lg">
          {t(`confirmText.${kind}`, {
            author: chosen?.author ?? '',
            when: chosen ? longWhen(chosen.at) : '',
            shortcut: `${mod}Z`,
          })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setChosen(null)}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            onClick={() => {
              if (chosen) confirm(chosen)
            }}
            loading={restore.isPending}
          >
            {t('restore')}
          </Button>
        </Group>
      </Modal>
    </section>
  )
}
