import { useState } from 'react'
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core'
import type { DeleteOptions } from '../../../../shared/domain'
import { RecordPicker } from '../RecordPicker/RecordPicker'
import { DependentStatements } from './DependentStatements'
import { useHoldDrawer } from '../RecordDrawer/record-level'

type Choice = DeleteOptions['dependents']

interface DeleteDependentsModalProps {
  kind: 'site' | 'source'
  id: string
  name?: string
  /** The statements main named when it refused the delete; null when the dialog is closed. */
  dependents: string[] | null
  deleting: boolean
  onConfirm: (options: DeleteOptions) => void
  onCancel: () => void
}

/**
 * A site or source that statements refer to: lists them and lets the curator reassign them to
 * another record, or remove the references (sources) or the statements (sites), in one step.
 */
export function DeleteDependentsModal(props: DeleteDependentsModalProps) {
  const { kind, id, name, dependents, deleting, onConfirm, onCancel } = props
  const [choice, setChoice] = useState<Choice>('reassign')
  const [target, setTarget] = useState<string | null>(null)
  const [tried, setTried] = useState(false)
  useHoldDrawer(dependents !== null)
  const count = dependents?.length ?? 0
  const statements = count === 1 ? '1 statement' : `${count} statements`
  const removeLabel =
    kind === 'source'
      ? 'Remove their references to this source (the statements stay)'
      : 'Delete these statements too'
  const targetError =
    target === id
      ? `Choose another ${kind}: this one is being deleted.`
      : tried && !target
        ? `Choose the ${kind} that takes them over.`
        : undefined

  const close = () => {
    setTried(false)
    onCancel()
  }
  const confirm = () => {
    setTried(true)
    if (choice === 'remove') return onConfirm({ dependents: 'remove' })
    if (target && target !== id) onConfirm({ dependents: 'reassign', reassignTo: target })
  }

  return (
    <Modal
      opened={dependents !== null}
      onClose={close}
      title={`${statements} refer to this ${kind}`}
      size="xl"
      centered
    >
      <Stack gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {name ? `“${name}”` : `This ${kind}`} cannot simply be deleted: {statements}{' '}
          {kind === 'source' ? 'cite it' : 'are about it or point to it'}. Say what becomes of{' '}
          {count === 1 ? 'it' : 'them'}; the whole change is one step that Undo reverts.
        </Text>
        <DependentStatements kind={kind} id={id} ids={dependents ?? []} />
        <Radio.Group
          label={`What should happen to the ${statements}?`}
          value={choice}
          onChange={(value) => setChoice(value as Choice)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="reassign" label={`Reassign them to another ${kind}`} />
            <Radio value="remove" label={removeLabel} />
          </Stack>
        </Radio.Group>
        {choice === 'reassign' && (
          <RecordPicker
            kind={kind}
            label={kind === 'source' ? 'Source that takes over the references' : 'Site that takes over'}
            value={target}
            onChange={setTarget}
            error={targetError}
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={deleting}>
            {choice === 'reassign' ? `Reassign and delete ${kind}` : `Delete ${kind}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
