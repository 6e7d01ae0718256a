import { ActionIcon, Menu } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { BackupsModal } from '../BackupsModal/BackupsModal'
import { MenuDotsIcon } from '../Icons/Icons'
import { PreferencesModal } from '../PreferencesModal/PreferencesModal'

/** The header's menu: preferences and backups. */
export function AppMenu() {
  const [preferencesOpened, preferences] = useDisclosure(false)
  const [backupsOpened, backups] = useDisclosure(false)
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="More actions">
            <MenuDotsIcon />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={preferences.open}>Preferences…</Menu.Item>
          <Menu.Item onClick={backups.open}>Restore from backup…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <PreferencesModal opened={preferencesOpened} onClose={preferences.close} />
      <BackupsModal opened={backupsOpened} onClose={backups.close} />
    </>
  )
}
