import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { api, type ApiCallError } from '../../lib/api'
import type { OpenRequest } from '../../hooks/useRecords'

interface RecoverDatasetProps {
  /** The refusal of an open, with the folder and what is wrong; null when closed. */
  error: ApiCallError | null
  onClose(): void
  onChoose(request: OpenRequest): void
}

const atOf = (name: string) => new Date(name.replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3')).toLocaleString()

/**
 * A dataset that does not open: what is wrong, and the two ways on that change nothing the
 * curator had: open it read-only, or put a backup generation in place (the damaged files are
 * kept aside in .curator).
 */
export function RecoverDataset({ error, onClose, onChoose }: RecoverDatasetProps) {
  const path = error?.path
  const backups = useQuery({
    queryKey: ['folder-backups', path],
    queryFn: () => api.listFolderBackups(path as string),
    enabled: Boolean(path),
  })
  const [backup, setBackup] = useState<string | null>(null)
  const issues = error?.issues ?? []
  return (
    <Modal opened={error !== null} onClose={onClose} title="This dataset could not be opened" size="lg">
      <Stack>
        <Text size="sm">{path}</Text>
        <Alert
          color="red"
          title={`${issues.length || 1} problem${issues.length === 1 ? '' : 's'} in its files`}
        >
          <List size="sm" spacing={4}>
            {(issues.length > 0 ? issues.slice(0, 5).map((i) => i.message) : [error?.message ?? '']).map(
              (m) => (
                <List.Item key={m}>{m}</List.Item>
              ),
            )}
          </List>
          {issues.length > 5 && <Text size="sm">…and {issues.length - 5} more.</Text>}
        </Alert>
        <Text size="sm">
          Nothing was changed on disk. You can look at it without editing, or put a backup in place.
        </Text>
        <Select
          label="Backup to restore"
          placeholder={backups.data?.length === 0 ? 'This dataset has no backups' : 'Choose a backup'}
          data={(backups.data ?? []).map((b) => ({ value: b.name, label: atOf(b.name) }))}
          value={backup}
          onChange={setBackup}
          disabled={!backups.data?.length}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="default"
            disabled={!path || !backup}
            onClick={() => path && backup && onChoose({ path, restoreBackup: backup })}
          >
            Restore this backup
          </Button>
          <Button disabled={!path} onClick={() => path && onChoose({ path, readOnly: true })}>
            Open read-only
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
