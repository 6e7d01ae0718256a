import { useState } from 'react'
import { Alert, Button, Center, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core'
import { useOs } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import type { BackupInfo } from '../../../../shared/domain'
import { useBackups, useRestoreBackup } from '../../hooks/useDatasetTools'
import { useDatasetInfo } from '../../hooks/useRecords'
import { useUnsavedChanges } from '../../hooks/useUnsavedChanges'
import { longWhen } from '../../lib/times'

interface BackupsModalProps {
  opened: boolean
  onClose: () => void
}

/** The backup generations kept in the dataset folder; restoring one is a single undoable step. */
export function BackupsModal({ opened, onClose }: BackupsModalProps) {
  const [chosen, setChosen] = useState<BackupInfo | null>(null)
  const backups = useBackups(opened)
  const restore = useRestoreBackup()
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const { confirmDiscard } = useUnsavedChanges()
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl+'

  const close = () => {
    setChosen(null)
    onClose()
  }
  const confirm = (backup: BackupInfo) =>
    confirmDiscard(() =>
      restore.mutate(backup.name, {
        onSuccess: (command) => {
          close()
          const changed = command.changes.length
          notifications.show({
            title: `Restored the backup of ${longWhen(backup.at)}`,
            message: `${changed === 1 ? '1 record' : `${changed} records`} changed. Undo (${mod}Z) reverts it.`,
            color: 'teal',
          })
        },
        onError: (error) => {
          notifications.show({ title: 'The backup was not restored', message: error.message, color: 'red' })
        },
      }),
    )

  return (
    <Modal opened={opened} onClose={close} title="Restore from backup" size="lg" centered>
      {chosen ? (
        <Stack gap="md">
          <Text size="sm">
            The dataset becomes as its files were just before the app wrote edits into them on{' '}
            {longWhen(chosen.at)}. Every record that differs is put back in one step: Undo ({mod}Z) reverts
            it.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setChosen(null)}>
              Back
            </Button>
            <Button color="orange" onClick={() => confirm(chosen)} loading={restore.isPending}>
              Restore this backup
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Each backup is a copy of the dataset files as they were just before the app wrote your edits into
            them at that time. The latest ones are kept, newest first.
          </Text>
          {backups.isPending && (
            <Center py="md">
              <Loader size="sm" aria-label="Loading the backups" />
            </Center>
          )}
          {backups.isError && <Alert color="red">{backups.error.message}</Alert>}
          {backups.data?.length === 0 && <Text size="sm">There is no backup of this dataset yet.</Text>}
          {backups.data && backups.data.length > 0 && (
            <Table verticalSpacing={6} aria-label="Backups">
              <Table.Tbody>
                {backups.data.map((backup) => (
                  <Table.Tr key={backup.name}>
                    <Table.Td>{longWhen(backup.at)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="light"
                        disabled={readOnly}
                        onClick={() => setChosen(backup)}
                        aria-label={`Restore the backup of ${longWhen(backup.at)}`}
                      >
                        Restore…
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Modal>
  )
}
