import { Button, Group, Kbd, Modal, Text } from '@mantine/core'
import { useDisclosure, useOs } from '@mantine/hooks'
import classes from './FormActions.module.css'

interface FormActionsProps {
  /** What the record is called in the confirm dialog: "site", "source", "statement". */
  noun: string
  /** The record's name, quoted in the confirm dialog. */
  name?: string
  canDelete: boolean
  readOnly: boolean
  saving: boolean
  removing: boolean
  onSave: () => void
  onDelete: () => void
  onCancel: () => void
}

/** Save, Cancel and Delete (after a confirm dialog), kept in view at the foot of a form. */
export function FormActions(props: FormActionsProps) {
  const { noun, name, canDelete, readOnly, saving, removing, onSave, onDelete, onCancel } = props
  const [confirming, confirm] = useDisclosure(false)
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl'
  return (
    <div className={classes.bar}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Button onClick={onSave} loading={saving} disabled={readOnly}>
            Save
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Kbd size="xs">{mod}</Kbd> + <Kbd size="xs">S</Kbd> saves
          </Text>
        </Group>
        {canDelete && (
          <Button color="red" variant="subtle" onClick={confirm.open} disabled={readOnly} loading={removing}>
            Delete
          </Button>
        )}
      </Group>
      <Modal opened={confirming} onClose={confirm.close} title={`Delete this ${noun}?`} centered>
        <Text size="sm" mb="lg" style={{ overflowWrap: 'anywhere' }}>
          {name
            ? `“${name}” will be deleted from the dataset.`
            : `The ${noun} will be deleted from the dataset.`}{' '}
          This cannot be undone here.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={confirm.close}>
            Keep it
          </Button>
          <Button
            color="red"
            onClick={() => {
              confirm.close()
              onDelete()
            }}
          >
            Delete {noun}
          </Button>
        </Group>
      </Modal>
    </div>
  )
}
