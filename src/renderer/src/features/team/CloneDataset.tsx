import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DatasetInfo } from '@shared/domain'
import type { RemoteRequest } from '@shared/team-api'
import { useJob } from '@renderer/hooks/useJob'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { showOpenedDataset } from '@renderer/hooks/useRecords'
import { useUnsavedChanges } from '@renderer/hooks/useUnsavedChanges'
import { api } from '@renderer/lib/api'
import { isCancelled } from '../exchange/exchange-api'
import { NO_SERVER, ServerFields, serverRequest, type ServerValue } from './ServerFields'
import { refreshTeam } from './team-hooks'

/**
 * "Clone a team dataset…": the team's copy (an https server, or a shared folder chosen in main's
 * dialog), then an empty folder for this curator's copy, also chosen in main's dialog (the
 * renderer never names a path); progress and cancel while it copies; the copy then opens.
 */
export function CloneButton({ variant = 'default' }: { variant?: 'default' | 'subtle' }) {
  const { t } = useTranslation(['team', 'common'])
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button variant={variant} size="xs" onClick={() => setOpened(true)} data-testid="clone-button">
        {t('clone.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('clone.title')} size="lg" centered>
        <CloneForm onDone={() => setOpened(false)} />
      </Modal>
    </>
  )
}

function CloneForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['team', 'common'])
  const client = useQueryClient()
  const { closeAll } = useNavigation()
  const { confirmDiscard } = useUnsavedChanges()
  const job = useJob('team')
  const [server, setServer] = useState<ServerValue>(NO_SERVER)
  const [error, setError] = useState<string | null>(null)

  const opened = (info: DatasetInfo | null) => {
    if (!info) return // A dialog was cancelled: nothing happened.
    showOpenedDataset(client, info)
    void refreshTeam(client)
    closeAll()
    notifications.show({ message: t('clone.done', { name: info.manifest.name }), color: 'teal' })
    onDone()
  }

  const clone = (request: RemoteRequest) =>
    confirmDiscard(() => {
      setError(null)
      void job
        .run((jobId) => api.cloneTeamDataset(request, jobId))
        .then(opened)
        .catch((failure: unknown) => {
          if (isCancelled(failure)) notifications.show({ message: t('clone.cancelled'), color: 'gray' })
          else setError((failure as Error).message)
        })
    })

  const phase = job.progress?.phase ? t(`sync.phase.${job.progress.phase}`) : t('sync.starting')
  const total = job.progress?.total ?? 0
  return (
    <Stack gap="sm" data-testid="clone-form">
      <Text size="sm">{t('clone.text')}</Text>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          clone(serverRequest(server))
        }}
      >
        <Stack gap="xs">
          <ServerFields
            value={server}
            onChange={setServer}
            tokenHelp={t('clone.tokenHelp')}
            disabled={job.running}
          />
          <Group>
            <Button type="submit" disabled={!server.url.trim() || job.running}>
              {t('clone.fromServer')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('setup.or')}
            </Text>
            <Button variant="default" disabled={job.running} onClick={() => clone({ folder: 'choose' })}>
              {t('clone.fromFolder')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('clone.whereHelp')}
          </Text>
        </Stack>
      </form>
      {job.running && (
        <Group gap="xs" wrap="nowrap" data-testid="clone-progress">
          <div style={{ flex: 1 }}>
            <Text size="xs" c="dimmed">
              {total > 0 ? t('sync.progressOf', { phase, done: job.progress?.done ?? 0, total }) : phase}
            </Text>
            <Progress
              value={total > 0 ? (100 * (job.progress?.done ?? 0)) / total : 100}
              animated={total === 0}
              size="sm"
            />
          </div>
          <Button size="xs" variant="default" onClick={job.cancel} loading={job.cancelling}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      )}
      {error && (
        <Alert color="red" title={t('clone.failed')} data-testid="clone-error">
          {error}
        </Alert>
      )}
    </Stack>
  )
}
