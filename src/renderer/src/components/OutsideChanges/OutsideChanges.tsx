import { Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useDatasetEvents } from '../../hooks/useDatasetEvents'

/**
 * When dataset files change on disk while the app still has edits to write into them, nothing
 * is overwritten until the curator chooses: keep theirs or keep mine.
 */
export function OutsideChanges() {
  const { conflict, resolving, resolve } = useDatasetEvents()
  return (
    <Modal
      opened={conflict !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title="The dataset files changed on disk"
      size="lg"
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          These files were changed outside Heritage Curator (by a sync, a <Code>git pull</Code> or another
          editor) while your latest edits were still waiting to be written into them:
        </Text>
        <List size="sm" spacing={2}>
          {(conflict ?? []).map((file) => (
            <List.Item key={file}>
              <Code>{file}</Code>
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          Keep mine writes your edits over the change made outside. Take theirs loads the files as they are on
          disk now and drops your edits that were not written yet.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => resolve('take-theirs')} disabled={resolving}>
            Take theirs (drop my pending edits)
          </Button>
          <Button onClick={() => resolve('keep-mine')} loading={resolving}>
            Keep mine (overwrite theirs)
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
