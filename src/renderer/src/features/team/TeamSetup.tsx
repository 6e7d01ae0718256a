import { Alert, Button, Card, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamState } from '../../../../shared/team-api'
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
  const [url, setUrl] = useState(status.remote?.transport === 'http' ? status.remote.url : '')
  const [username, setUsername] = useState('')
  const [token, setToken] = useState('')
  const done = (remote: unknown) => {
    if (!remote) return
    notifications.show({ message: t('setup.remoteSet'), color: 'teal' })
    setToken('')
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
          setRemote.mutate(
            {
              url: url.trim(),
              ...(token && { token }),
              ...(username.trim() && { username: username.trim() }),
            },
            { onSuccess: done },
          )
        }}
      >
        <Stack gap="xs">
          <TextInput
            label={t('setup.url')}
            description={t('setup.urlHelp')}
            placeholder="https://git.example.org/team/heritage.git"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            maxLength={2048}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('setup.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              maxLength={200}
            />
            <PasswordInput
              label={t('setup.token')}
              description={t('setup.tokenHelp')}
              value={token}
              onChange={(e) => setToken(e.currentTarget.value)}
              maxLength={4096}
            />
          </Group>
          <Group>
            <Button type="submit" disabled={!url.trim()} loading={setRemote.isPending}>
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
