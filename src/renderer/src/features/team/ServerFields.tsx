import { Group, PasswordInput, TextInput } from '@mantine/core'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RemoteRequest } from '@shared/team-api'

/** What a curator types for a team's git server: its address, and a user name and token if it asks. */
export interface ServerValue {
  url: string
  username: string
  token: string
}

export const NO_SERVER: ServerValue = { url: '', username: '', token: '' }

/** The request for main: the address trimmed; user name and token only when given. */
export function serverRequest(server: ServerValue): RemoteRequest {
  return {
    url: server.url.trim(),
    ...(server.token && { token: server.token }),
    ...(server.username.trim() && { username: server.username.trim() }),
  }
}

/** The server's address, user name and token (the token is kept by main in the system keychain). */
export function ServerFields({
  value,
  onChange,
  tokenHelp,
  disabled = false,
}: {
  value: ServerValue
  onChange: (value: ServerValue) => void
  tokenHelp: string
  disabled?: boolean
}) {
  const { t } = useTranslation('team')
  const set = (field: keyof ServerValue) => (e: ChangeEvent<HTMLInputElement>) =>
    onChange({ ...value, [field]: e.currentTarget.value })
  return (
    <>
      <TextInput
        label={t('setup.url')}
        description={t('setup.urlHelp')}
        placeholder="https://git.example.org/team/heritage.git"
        value={value.url}
        onChange={set('url')}
        maxLength={2048}
        disabled={disabled}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('setup.username')}
          value={value.username}
          onChange={set('username')}
          maxLength={200}
          disabled={disabled}
        />
        <PasswordInput
          label={t('setup.token')}
          description={tokenHelp}
          value={value.token}
          onChange={set('token')}
          maxLength={4096}
          disabled={disabled}
        />
      </Group>
    </>
  )
}
