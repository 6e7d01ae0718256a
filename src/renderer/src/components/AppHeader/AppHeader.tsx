import { Badge, Burger, Button, Group, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useNavigation } from '../../hooks/useNavigation'
import { useDatasetInfo, useOpenDataset } from '../../hooks/useRecords'

interface AppHeaderProps {
  navOpened: boolean
  onToggleNav: () => void
}

/** App name, the open dataset, and the button that opens another one. */
export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const info = useDatasetInfo()
  const open = useOpenDataset()
  const { closeRecord } = useNavigation()

  const openDataset = () => {
    open.mutate(undefined, {
      onSuccess: (opened) => {
        if (!opened) return
        closeRecord()
        notifications.show({ message: `Opened “${opened.manifest.name}”`, color: 'teal' })
      },
      onError: (error) => {
        notifications.show({ title: 'Could not open the dataset', message: error.message, color: 'red' })
      },
    })
  }

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="xs"
          size="sm"
          aria-label="Show sections"
        />
        <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
          Heritage Curator
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
                Read-only
              </Badge>
            )}
          </>
        )}
        {info.isError && (
          <Text c="red" size="sm" truncate="end">
            No dataset open: {info.error.message}
          </Text>
        )}
      </Group>
      <Button variant="default" onClick={openDataset} loading={open.isPending} style={{ flex: 'none' }}>
        Open dataset…
      </Button>
    </Group>
  )
}
