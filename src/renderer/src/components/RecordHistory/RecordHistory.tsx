import { useState } from 'react'
import { Alert, Button, Center, Group, Loader, Modal, Text, Timeline } from '@mantine/core'
import { useOs } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import type { RecordVersion } from '../../../../shared/domain'
import type { EditableKind } from '../../hooks/useNavigation'
import { useRecordHistory, useRestoreVersion } from '../../hooks/useHistory'
import { useDatasetInfo } from '../../hooks/useRecords'
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges'
import { longWhen } from '../../lib/times'
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
            message: `Restored the version of ${longWhen(version.at)}. Undo (${mod}Z) reverts it.`,
            color: 'teal',
          }),
        onError: (error) =>
          notifications.show({ title: 'The version was not restored', message: error.message, color: 'red' }),
      }),
    )
  }

  if (history.isError) return <Alert color="red">{history.error.message}</Alert>
  if (!history.data) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading the history" />
      </Center>
    )
  }
  if (history.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No change to this {kind} is remembered yet. From its next edit on, every version is listed here with
        who made it, when, and what changed.
      </Text>
    )
  }
  return (
    <section aria-label={`History of this ${kind}`}>
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
      <Modal opened={chosen !== null} onClose={() => setChosen(null)} title="Restore this version?" centered>
        <Text size="sm" mb="lg">
          The {kind} gets back the values it had after the change by {chosen?.author} on{' '}
          {chosen ? longWhen(chosen.at) : ''}. This is saved as a new edit: Undo ({mod}Z) reverts it.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setChosen(null)}>
            Cancel
          </Button>
          <Button
            onClick={() => {
              if (chosen) confirm(chosen)
            }}
            loading={restore.isPending}
          >
            Restore this version
          </Button>
        </Group>
      </Modal>
    </section>
  )
}
