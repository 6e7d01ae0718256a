import { useState } from 'react'
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { usePreferences, useSavePreferences } from '@renderer/hooks/useDatasetTools'
import { curatorFieldErrors } from './curator-fields'

/**
 * The first start: who is editing. The name goes into the history of every edit (never the
 * operating-system account, taken silently); the e-mail, if given, with the name is the author
 * of commits when the dataset is synced with git. Shown until a name is saved.
 */
export function WelcomeModal() {
  const { t } = useTranslation(['shell', 'common'])
  const preferences = usePreferences()
  const save = useSavePreferences()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [tried, setTried] = useState(false)
  const opened = preferences.isSuccess && !preferences.data.curatorName
  const errors = curatorFieldErrors(name, email)

  const submit = () => {
    setTried(true)
    if (errors.name || errors.email) return
    const change = { curatorName: name.trim(), ...(email.trim() ? { curatorEmail: email.trim() } : {}) }
    save.mutate(change, {
      onError: (failure) =>
        notifications.show({ title: t('preferences.notSaved'), message: failure.message, color: 'red' }),
    })
  }

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('welcome.title', { appName: t('common:appName') })}
      centered
    >
      <form
        // The app says what is missing, in the interface language; not the browser's own bubbles.
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('welcome.intro')}</Text>
          <TextInput
            label={t('preferences.curatorName')}
            description={t('welcome.nameHelp')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={tried && errors.name ? t(errors.name) : undefined}
            required
            maxLength={100}
            data-autofocus
          />
          <TextInput
            label={t('welcome.email')}
            description={t('welcome.emailHelp')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={tried && errors.email ? t(errors.email) : undefined}
            maxLength={254}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('welcome.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
