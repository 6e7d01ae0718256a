import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamState } from '@shared/team-api'
import { NO_SERVER, ServerFields, serverRequest, type ServerValue } from './ServerFields'
import { useSetRemote, useStartRepository } from './team-hooks'

/** A dataset not shared yet: start its history (it becomes a git repository). */
export function StartHistory() {
  const { t } = useTranslation('team')
  const start = useStartRepository()
  return (
    <Card withBorder padding="lg" maw={640} data-testid="team-start">
      <Stack gap="sm">
        <Text fw={600}>{t('setup.startTitle')}</Text>
        <Text size="sm">{t('setup.startText')}</Text>
        {start.isError && <Alert color="red">{start.error.message}</Alert>}
        <Group>
          <Button onClick={() => start.mutate()} loading={start.isPending}>
            {t('setup.start')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}

/** Where the team's copy lives: an https server (with a token, kept in the system's keychain) or a shared folder. */
export function RemoteForm({ status, onDone }: { status: TeamState; onDone?: () => void }) {
  const { t } = useTranslation('team')
  const setRemote = useSetRemote()
  const [server, setServer] = useState<ServerValue>({
    ...NO_SERVER,
    url: status.remote?.transport === 'http' ? status.remote.url : '',
  })
  const done = (remote: unknown) => {
    if (!remote) return
    notifications.show({ message: t('setup.remoteSet'), color: 'teal' })
    setServer((current) => ({ ...current, token: '' }))
    onDone?.()
  }
  return (
    <Stack gap="sm" data-testid="remote-form">
      {status.remote && (
        <Text size="sm">
          {t('setup.current', { url: status.remote.url })}
          {status.hasToken && ` · ${t('setup.tokenKept')}`}
        </Text>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setRemote.mutate(serverRequest(server), { onSuccess: done })
        }}
      >
        <Stack gap="xs">
          <ServerFields value={server} onChange={setServer} tokenHelp={t('setup.tokenHelp')} />
          <Group>
            <Button type="submit" disabled={!server.url.trim()} loading={setRemote.isPending}>
              {t('setup.useServer')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('setup.or')}
            </Text>
            <Button
              variant="default"
              onClick={() => setRemote.mutate({ folder: 'choose' }, { onSuccess: done })}
            >
              {t('setup.chooseFolder')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('setup.folderWarning')}
          </Text>
        </Stack>
      </form>
      {setRemote.isError && <Alert color="red">{setRemote.error.message}</Alert>}
    </Stack>
  )
}
