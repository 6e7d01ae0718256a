import { useState } from 'react'
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DeleteOptions } from '@shared/domain'
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
  const { t } = useTranslation('forms')
  const [choice, setChoice] = useState<Choice>('reassign')
  const [target, setTarget] = useState<string | null>(null)
  const [tried, setTried] = useState(false)
  useHoldDrawer(dependents !== null)
  const count = dependents?.length ?? 0
  const statements = t('dependents.statements', { count })
  const targetError =
    target === id
      ? t(`dependents.sameTarget.${kind}`)
      : tried && !target
        ? t(`dependents.noTarget.${kind}`)
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
      title={t(`dependents.title.${kind}`, { statements })}
      size="xl"
      centered
    >
      <Stack gap="md">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t(`dependents.${count === 1 ? 'explainOne' : 'explain'}.${kind}`, {
            what: name ? t('dependents.quoted', { name }) : t(`dependents.this.${kind}`),
            statements,
          })}
        </Text>
        <DependentStatements kind={kind} id={id} ids={dependents ?? []} />
        <Radio.Group
          label={t('dependents.question', { statements })}
          value={choice}
          onChange={(value) => setChoice(value as Choice)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="reassign" label={t(`dependents.reassign.${kind}`)} />
            <Radio value="remove" label={t(`dependents.remove.${kind}`)} />
          </Stack>
        </Radio.Group>
        {choice === 'reassign' && (
          <RecordPicker
            kind={kind}
            label={t(`dependents.target.${kind}`)}
            value={target}
            onChange={setTarget}
            error={targetError}
          />
        )}
        <Group justify="flex-end" mt="sm" className="curator-modal-actions">
          <Button variant="default" onClick={close}>
            {t('cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={deleting}>
            {choice === 'reassign' ? t(`dependents.reassignDelete.${kind}`) : t(`deleteKind.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
