import { useState } from 'react'
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { usePreferences, useSavePreferences } from '../../hooks/useDatasetTools'

interface PreferencesModalProps {
  opened: boolean
  onClose: () => void
}

/** The curator's name, written into the history of every edit from now on. */
export function PreferencesModal({ opened, onClose }: PreferencesModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Preferences" centered>
      {opened && <PreferencesForm onClose={onClose} />}
    </Modal>
  )
}

function PreferencesForm({ onClose }: { onClose: () => void }) {
  const preferences = usePreferences()
  const save = useSavePreferences()
  const [name, setName] = useState<string | null>(null)
  const value = name ?? preferences.data?.curatorName ?? ''
  const error = name !== null && name.trim() === '' ? 'Enter the name to record with your edits.' : undefined

  const submit = () => {
    if (value.trim() === '') return setName(value)
    save.mutate(
      { curatorName: value.trim() },
      {
        onSuccess: () => {
          notifications.show({ message: 'Preferences saved', color: 'teal' })
          onClose()
        },
        onError: (failure) => {
          notifications.show({ title: 'Preferences not saved', message: failure.message, color: 'red' })
        },
      },
    )
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Stack gap="md">
        <TextInput
          label="Curator name"
          description="Written into the history of every edit you make from now on."
          value={value}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error ?? (preferences.isError ? preferences.error.message : undefined)}
          disabled={preferences.isPending}
          data-autofocus
          maxLength={100}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
