import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { ExportModal } from './ExportModal/ExportModal'
import { ImportDrawer } from './ImportDrawer/ImportDrawer'

/** The header's entry points: "Import…" (a drawer with the preview) and "Export…" (a dialog). */
export function ExchangeButtons() {
  const { t } = useTranslation('exchange')
  const [importOpened, importer] = useDisclosure(false)
  const [exportOpened, exporter] = useDisclosure(false)
  return (
    <>
      <Button variant="default" onClick={importer.open}>
        {t('import')}
      </Button>
      <Button variant="default" onClick={exporter.open}>
        {t('export')}
      </Button>
      <ImportDrawer opened={importOpened} onClose={importer.close} />
      <ExportModal opened={exportOpened} onClose={exporter.close} />
    </>
  )
}
