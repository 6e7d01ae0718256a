import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, Button, Center, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core'
import { useOs } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import type { BackupInfo } from '@shared/domain'
import { useBackups, useRestoreBackup } from '@renderer/hooks/useDatasetTools'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { useUnsavedChanges } from '@renderer/hooks/useUnsavedChanges'
import { useFormat } from '@renderer/i18n/format'
import { useLabels } from '@renderer/i18n/useLabels'

interface BackupsModalProps {
  opened: boolean
  onClose: () => void
}

/** The backup generations kept in the dataset folder; restoring one is a single undoable step. */
export function BackupsModal({ opened, onClose }: BackupsModalProps) {
  const { t } = useTranslation('shell')
  const { longWhen } = useFormat()
  const labels = useLabels()
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
            title: t('backups.restored', { when: longWhen(backup.at) }),
            message: t('backups.restoredDetail', {
              changed: labels.count(changed, 'record'),
              shortcut: `${mod}Z`,
            }),
            color: 'teal',
          })
        },
        onError: (error) => {
          notifications.show({ title: t('backups.notRestored'), message: error.message, color: 'red' })
        },
      }),
    )

  return (
    <Modal opened={opened} onClose={close} title={t('backups.title')} size="lg" centered>
      {chosen ? (
        <Stack gap="md">
          <Text size="sm">
            {t('backups.confirmText', { when: longWhen(chosen.at), shortcut: `${mod}Z` })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setChosen(null)}>
              {t('backups.back')}
            </Button>
            <Button color="orange" onClick={() => confirm(chosen)} loading={restore.isPending}>
              {t('backups.restoreThis')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('backups.intro')}
          </Text>
          {backups.isPending && (
            <Center py="md">
              <Loader size="sm" aria-label={t('backups.loading')} />
            </Center>
          )}
          {backups.isError && <Alert color="red">{backups.error.message}</Alert>}
          {backups.data?.length === 0 && <Text size="sm">{t('backups.none')}</Text>}
          {backups.data && backups.data.length > 0 && (
            <Table verticalSpacing={6} aria-label={t('backups.table')}>
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
                        aria-label={t('backups.restoreLabel', { when: longWhen(backup.at) })}
                      >
                        {t('backups.restore')}
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
