import { useDisclosure } from '@mantine/hooks'
import { spotlight } from '@mantine/spotlight'
import { ExportModal } from '../exchange/ExportModal/ExportModal'
import { ImportDrawer } from '../exchange/ImportDrawer/ImportDrawer'
import { useInterfaceSwitch } from '@renderer/i18n/useInterfacePreferences'
import { useMenuCommands } from '@renderer/hooks/useMenuCommands'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { focusTableSearch, useShortcuts } from '@renderer/hooks/useShortcuts'
import { CommandPalette } from './CommandPalette'
import { ShortcutsHelp } from './ShortcutsHelp'

/**
 * The keyboard's way into the app: the command palette, the shortcuts and their help, and the
 * native menu's commands. Import and Export open here too, as the header's buttons open them.
 */
export function KeyboardLayer() {
  const [helpOpened, help] = useDisclosure(false)
  const [importOpened, importer] = useDisclosure(false)
  const [exportOpened, exporter] = useDisclosure(false)
  const { closeAll } = useNavigation()
  const ui = useInterfaceSwitch()

  useShortcuts({ openShortcutsHelp: help.open })
  useMenuCommands((command) => {
    if (command.command === 'palette') spotlight.open()
    else if (command.command === 'find') focusTableSearch(closeAll)
    else if (command.command === 'shortcuts') help.open()
    else if (command.command === 'import') importer.open()
    else if (command.command === 'export') exporter.open()
    else if (command.command === 'color-scheme') ui.setColorScheme(command.scheme)
    else if (command.command === 'language') ui.setLanguage(command.language)
  })

  return (
    <>
      <CommandPalette openImport={importer.open} openExport={exporter.open} openShortcutsHelp={help.open} />
      <ShortcutsHelp opened={helpOpened} onClose={help.close} />
      <ImportDrawer opened={importOpened} onClose={importer.close} />
      <ExportModal opened={exportOpened} onClose={exporter.close} />
    </>
  )
}
