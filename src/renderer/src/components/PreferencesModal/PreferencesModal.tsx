import { useState } from 'react'
import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { UI_LANGUAGES } from '@shared/domain'
import type { ColorSchemePreference, UiLanguage } from '@shared/domain'
import { useInterfaceSwitch } from '@renderer/i18n/useInterfacePreferences'
import { FieldGroup } from '../FieldGroup/FieldGroup'
import { notifications } from '@mantine/notifications'
import { usePreferences, useSavePreferences } from '@renderer/hooks/useDatasetTools'
import { curatorFieldErrors } from '../WelcomeModal/curator-fields'

interface PreferencesModalProps {
  opened: boolean
  onClose: () => void
}

/** The curator's name (written into the history of every edit from now on), the language and the theme. */
export function PreferencesModal({ opened, onClose }: PreferencesModalProps) {
  const { t } = useTranslation(['shell', 'common'])
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('preferences.title')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      centered
    >
      {opened && <PreferencesForm onClose={onClose} />}
    </Modal>
  )
}

function PreferencesForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['shell', 'common'])
  const preferences = usePreferences()
  const save = useSavePreferences()
  const [name, setName] = useState<string | null>(null)
  const [email, setEmail] = useState<string | null>(null)
  const value = name ?? preferences.data?.curatorName ?? ''
  const emailValue = email ?? preferences.data?.curatorEmail ?? ''
  const errors = curatorFieldErrors(value, emailValue)
  const error = name !== null && errors.name ? t(errors.name) : undefined

  const submit = () => {
    if (errors.name) return setName(value)
    if (errors.email) return setEmail(emailValue)
    save.mutate(
      // An empty e-mail clears it.
      { curatorName: value.trim(), curatorEmail: emailValue.trim() },
      {
        onSuccess: () => {
          notifications.show({ message: t('preferences.saved'), color: 'teal' })
          onClose()
        },
        onError: (failure) => {
          notifications.show({ title: t('preferences.notSaved'), message: failure.message, color: 'red' })
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
          label={t('preferences.curatorName')}
          description={t('preferences.curatorNameHelp')}
          value={value}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error ?? (preferences.isError ? preferences.error.message : undefined)}
          disabled={preferences.isPending}
          data-autofocus
          maxLength={100}
        />
        <TextInput
          label={t('welcome.email')}
          description={t('welcome.emailHelp')}
          type="email"
          value={emailValue}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={email !== null && errors.email ? t(errors.email) : undefined}
          disabled={preferences.isPending}
          maxLength={254}
        />
        <InterfaceControls />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

const COLOR_SCHEMES: readonly ColorSchemePreference[] = ['auto', 'light', 'dark']

/** Language and theme: each takes effect at once and is saved on its own, without the Save button. */
function InterfaceControls() {
  const { t } = useTranslation(['shell', 'common'])
  const ui = useInterfaceSwitch()
  return (
    <>
      <Select
        label={t('common:language.label')}
        description={t('preferences.languageHelp')}
        data={UI_LANGUAGES.map((value) => ({ value, label: t(`common:language.${value}`) }))}
        value={ui.language}
        onChange={(value) => value && ui.setLanguage(value as UiLanguage)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="language-select"
      />
      <FieldGroup label={t('common:theme.label')} description={t('preferences.themeHelp')}>
        {(a11y) => (
          <SegmentedControl
            {...a11y}
            data={COLOR_SCHEMES.map((value) => ({ value, label: t(`common:theme.${value}`) }))}
            value={ui.colorScheme}
            onChange={(value) => ui.setColorScheme(value as ColorSchemePreference)}
          />
        )}
      </FieldGroup>
    </>
  )
}
