import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import { api, type ApiCallError } from '@renderer/lib/api'
import type { OpenRequest } from '@renderer/hooks/useRecords'
import type { PathToken } from '@shared/domain'

interface RecoverDatasetProps {
  /** The refusal of an open, with the folder and what is wrong; null when closed. */
  error: ApiCallError | null
  onClose(): void
  onChoose(request: OpenRequest): void
}

/** A backup's folder name (`2026-11-29T10-42-00...`) as the time it was taken. */
const atOf = (name: string) => name.replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3')

/**
 * A dataset that does not open: what is wrong, and the two ways on that change nothing the
 * curator had: open it read-only, or put a backup generation in place (the damaged files are
 * kept aside in .curator).
 */
export function RecoverDataset({ error, onClose, onChoose }: RecoverDatasetProps) {
  const { t } = useTranslation(['shell', 'common'])
  const { longWhen } = useFormat()
  const path = error?.path
  const folder = error?.folderToken
  const backups = useQuery({
    queryKey: ['folder-backups', folder],
    queryFn: () => api.listFolderBackups(folder as PathToken),
    enabled: Boolean(folder),
  })
  const [backup, setBackup] = useState<string | null>(null)
  const issues = error?.issues ?? []
  return (
    <Modal opened={error !== null} onClose={onClose} title={t('recover.title')} size="lg">
      <Stack>
        <Text size="sm">{path}</Text>
        <Alert color="red" title={t('recover.problems', { count: issues.length || 1 })}>
          <List size="sm" spacing={4}>
            {(issues.length > 0 ? issues.slice(0, 5).map((i) => i.message) : [error?.message ?? '']).map(
              (m) => (
                <List.Item key={m}>{m}</List.Item>
              ),
            )}
          </List>
          {issues.length > 5 && <Text size="sm">{t('recover.more', { count: issues.length - 5 })}</Text>}
        </Alert>
        <Text size="sm">{t('recover.nothingChanged')}</Text>
        <Select
          label={t('recover.backup')}
          placeholder={backups.data?.length === 0 ? t('recover.noBackups') : t('recover.chooseBackup')}
          data={(backups.data ?? []).map((b) => ({ value: b.name, label: longWhen(atOf(b.name)) }))}
          value={backup}
          onChange={setBackup}
          disabled={!backups.data?.length}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            variant="default"
            disabled={!folder || !backup}
            onClick={() => folder && backup && onChoose({ folder, restoreBackup: backup })}
          >
            {t('recover.restore')}
          </Button>
          <Button disabled={!folder} onClick={() => folder && onChoose({ folder, readOnly: true })}>
            {t('recover.readOnly')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
