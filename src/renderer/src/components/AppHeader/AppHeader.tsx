import { Badge, Burger, Button, Group, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExchangeButtons } from '@renderer/features/exchange/ExchangeButtons'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { type OpenRequest, useDatasetInfo, useOpenDataset } from '@renderer/hooks/useRecords'
import { useUnsavedChanges } from '@renderer/hooks/useUnsavedChanges'
import { ApiCallError } from '@renderer/lib/api'
import { AppMenu } from '../AppMenu/AppMenu'
import { RecoverDataset } from '../RecoverDataset/RecoverDataset'
import { UndoRedoButtons } from '../UndoRedo/UndoRedoButtons'

interface AppHeaderProps {
  navOpened: boolean
  onToggleNav: () => void
}

/** App name, the open dataset, undo and redo, the button that opens another dataset, and the menu. */
export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation(['shell', 'common'])
  const info = useDatasetInfo()
  const open = useOpenDataset()
  const { closeAll } = useNavigation()
  const { confirmDiscard } = useUnsavedChanges()

  const [refused, setRefused] = useState<ApiCallError | null>(null)
  const openDataset = (request: OpenRequest = {}) =>
    confirmDiscard(() =>
      open.mutate(request, {
        onSuccess: (opened) => {
          setRefused(null)
          if (!opened) return
          closeAll()
          notifications.show({ message: t('opened', { name: opened.manifest.name }), color: 'teal' })
        },
        onError: (error) => {
          // A dataset whose files are damaged or invalid: offer read-only or a backup.
          if (error instanceof ApiCallError && error.code === 'VALIDATION' && error.path) setRefused(error)
          else notifications.show({ title: t('openFailed'), message: error.message, color: 'red' })
        },
      }),
    )

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="xs"
          size="sm"
          aria-label={t('showSections')}
        />
        <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
          {t('common:appName')}
        </Title>
        {info.data && (
          <>
            <Text c="dimmed" aria-hidden>
              ·
            </Text>
            <Text fw={500} truncate="end" title={info.data.path} miw={0} data-testid="dataset-name">
              {info.data.manifest.name}
            </Text>
            {info.data.readOnly && (
              <Badge color="gray" variant="outline">
                {t('readOnly')}
              </Badge>
            )}
          </>
        )}
        {info.isError && (
          <Text c="red" size="sm" truncate="end">
            {t('noDataset', { message: info.error.message })}
          </Text>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flex: 'none' }}>
        <UndoRedoButtons />
        <ExchangeButtons />
        <Button variant="default" onClick={() => openDataset()} loading={open.isPending}>
          {t('openDataset')}
        </Button>
        <AppMenu />
      </Group>
      <RecoverDataset error={refused} onClose={() => setRefused(null)} onChoose={openDataset} />
    </Group>
  )
}
