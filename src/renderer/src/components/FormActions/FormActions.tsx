import { Button, Group, Kbd, Modal, Text, Tooltip } from '@mantine/core'
import { useDisclosure, useOs } from '@mantine/hooks'
import type { DeleteOptions } from '../../../../shared/domain'
import type { EditableKind } from '../../hooks/useNavigation'
import { DeleteDependentsModal } from '../DeleteDependents/DeleteDependentsModal'
import classes from './FormActions.module.css'
import { useHoldDrawer } from '../RecordDrawer/record-level'

interface FormActionsProps {
  kind: EditableKind
  /** The record's id; absent for a new record (nothing to delete). */
  recordId?: string
  /** What the record is called in the confirm dialog: "site", "source", "statement". */
  noun: string
  /** The record's name, quoted in the confirm dialog. */
  name?: string
  readOnly: boolean
  /** Why the dataset cannot be changed, shown on the disabled Save button. */
  readOnlyReason?: string
  saving: boolean
  removing: boolean
  onSave: () => void
  onDelete: () => void
  onCancel: () => void
  /** The statements that stopped a delete, and what to do about them. */
  deletion: { dependents: string[] | null; confirm: (options: DeleteOptions) => void; cancel: () => void }
}

/** Save, Cancel and Delete (after a confirm dialog), kept in view at the foot of a form. */
export function FormActions(props: FormActionsProps) {
  const { kind, recordId, noun, name, readOnly, readOnlyReason, saving, removing } = props
  const { onSave, onDelete, onCancel, deletion } = props
  const [confirming, confirm] = useDisclosure(false)
  useHoldDrawer(confirming)
  const mod = useOs() === 'macos' ? '⌘' : 'Ctrl'
  return (
    <div className={classes.bar}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          {readOnly ? (
            <Tooltip
              label={`Read-only: ${readOnlyReason ?? 'this dataset cannot be changed.'}`}
              multiline
              maw={360}
            >
              {/* Focusable, so that keyboard users reach the tooltip that says why. */}
              <Button data-disabled aria-disabled="true" onClick={(event) => event.preventDefault()}>
                Save
              </Button>
            </Tooltip>
          ) : (
            <Button onClick={onSave} loading={saving}>
              Save
            </Button>
          )}
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Kbd size="xs">{mod}</Kbd> + <Kbd size="xs">S</Kbd> saves
          </Text>
        </Group>
        {recordId !== undefined && (
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
          Undo ({mod}+Z) brings it back.
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
      {recordId !== undefined && kind !== 'statement' && (
        <DeleteDependentsModal
          kind={kind}
          id={recordId}
          name={name}
          dependents={deletion.dependents}
          deleting={removing}
          onConfirm={deletion.confirm}
          onCancel={deletion.cancel}
        />
      )}
    </div>
  )
}
