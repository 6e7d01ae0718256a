import { ActionIcon, Menu } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { UI_LANGUAGES } from '@shared/domain'
import type { ColorSchemePreference } from '@shared/domain'
import { useInterfaceSwitch } from '@renderer/i18n/useInterfacePreferences'
import { BackupsModal } from '../BackupsModal/BackupsModal'
import { MenuDotsIcon } from '../Icons/Icons'
import { PreferencesModal } from '../PreferencesModal/PreferencesModal'

const COLOR_SCHEMES: readonly ColorSchemePreference[] = ['auto', 'light', 'dark']

/** The header's menu: language and theme (switched at once), preferences and backups. */
export function AppMenu() {
  const { t } = useTranslation(['shell', 'common'])
  const ui = useInterfaceSwitch()
  const [preferencesOpened, preferences] = useDisclosure(false)
  const [backupsOpened, backups] = useDisclosure(false)
  // A check mark before the current choice (aria-current says it: Mantine's items are always
  // role menuitem); the others keep its width, so the labels line up.
  const mark = (on: boolean) => <span aria-hidden>{on ? '✓' : ' '}</span>
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('menu.more')}>
            <MenuDotsIcon />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('menu.language')}</Menu.Label>
          {UI_LANGUAGES.map((language) => (
            <Menu.Item
              key={language}
              aria-current={ui.language === language || undefined}
              leftSection={mark(ui.language === language)}
              onClick={() => ui.setLanguage(language)}
              lang={language}
            >
              {t(`common:language.${language}`)}
            </Menu.Item>
          ))}
          <Menu.Label>{t('menu.theme')}</Menu.Label>
          {COLOR_SCHEMES.map((scheme) => (
            <Menu.Item
              key={scheme}
              aria-current={ui.colorScheme === scheme || undefined}
              leftSection={mark(ui.colorScheme === scheme)}
              onClick={() => ui.setColorScheme(scheme)}
            >
              {t(`common:theme.${scheme}`)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={preferences.open}>{t('menu.preferences')}</Menu.Item>
          <Menu.Item onClick={backups.open}>{t('menu.backups')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <PreferencesModal opened={preferencesOpened} onClose={preferences.close} />
      <BackupsModal opened={backupsOpened} onClose={backups.close} />
    </>
  )
}
