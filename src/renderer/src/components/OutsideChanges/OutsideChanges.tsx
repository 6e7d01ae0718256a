import { Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import { useDatasetEvents } from '@renderer/hooks/useDatasetEvents'

/**
 * When dataset files change on disk while the app still has edits to write into them, nothing
 * is overwritten until the curator chooses: keep theirs or keep mine.
 */
export function OutsideChanges() {
  const { t } = useTranslation('shell')
  const { conflict, resolving, resolve } = useDatasetEvents()
  return (
    <Modal
      opened={conflict !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={t('outside.title')}
      size="lg"
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          <Trans t={t} i18nKey="outside.intro" components={{ code: <Code /> }} />
        </Text>
        <List size="sm" spacing={2}>
          {(conflict ?? []).map((file) => (
            <List.Item key={file}>
              <Code>{file}</Code>
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('outside.explain')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => resolve('take-theirs')} disabled={resolving}>
            {t('outside.takeTheirs')}
          </Button>
          <Button onClick={() => resolve('keep-mine')} loading={resolving}>
            {t('outside.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
