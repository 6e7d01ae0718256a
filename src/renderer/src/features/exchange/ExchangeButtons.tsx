import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { ExportModal } from './ExportModal/ExportModal'
import { ImportDrawer } from './ImportDrawer/ImportDrawer'

/** The header's entry points: "Import…" (a drawer with the preview) and "Export…" (a dialog). */
export function ExchangeButtons() {
  const [importOpened, importer] = useDisclosure(false)
  const [exportOpened, exporter] = useDisclosure(false)
  return (
    <>
      <Button variant="default" onClick={importer.open}>
        Import…
      </Button>
      <Button variant="default" onClick={exporter.open}>
        Export…
      </Button>
      <ImportDrawer opened={importOpened} onClose={importer.close} />
      <ExportModal opened={exportOpened} onClose={exporter.close} />
    </>
  )
}
