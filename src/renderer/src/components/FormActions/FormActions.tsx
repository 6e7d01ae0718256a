import { Button, Group, Kbd, Modal, Text, Tooltip } from '@mantine/core'
import { useDisclosure, useOs } from '@mantine/hooks'
import { Trans, useTranslation } from 'react-i18next'
import type { DeleteOptions } from '@shared/domain'
import type { EditableKind } from '@renderer/hooks/useNavigation'
import { DeleteDependentsModal } from '../DeleteDependents/DeleteDependentsModal'
import classes from './FormActions.module.css'
import { useHoldDrawer } from '../RecordDrawer/record-level'

interface FormActionsProps {
  kind: EditableKind
  /** The record's id; absent for a new record (nothing to delete). */
  recordId?: string
  /** Kept for callers; the dialog names the record by `kind`. */
  noun?: string
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
  const { t } = useTranslation('forms')
  const { kind, recordId, name, readOnly, readOnlyReason, saving, removing } = props
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
              label={t('readOnlySave', { reason: readOnlyReason ?? t('readOnlyDefault') })}
              multiline
              maw={360}
            >
              {/* Focusable, so that keyboard users reach the tooltip that says why. */}
              <Button data-disabled aria-disabled="true" onClick={(event) => event.preventDefault()}>
                {t('save')}
              </Button>
            </Tooltip>
          ) : (
            <Button onClick={onSave} loading={saving}>
              {t('save')}
            </Button>
          )}
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Trans t={t} i18nKey="saves" values={{ mod }} components={{ kbd: <Kbd size="xs" /> }} />
          </Text>
        </Group>
        {recordId !== undefined && (
          <Button color="red" variant="subtle" onClick={confirm.open} disabled={readOnly} loading={removing}>
            {t('delete')}
          </Button>
        )}
      </Group>
      <Modal opened={confirming} onClose={confirm.close} title={t(`deleteTitle.${kind}`)} centered>
        <Text size="sm" mb="lg" style={{ overflowWrap: 'anywhere' }}>
          {name ? t('deleteNamed', { name }) : t(`deleteUnnamed.${kind}`)}{' '}
          {t('undoBrings', { shortcut: `${mod}+Z` })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={confirm.close}>
            {t('keepIt')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              confirm.close()
              onDelete()
            }}
          >
            {t(`deleteKind.${kind}`)}
          </Button>
        </Group>
      </Modal>
      {recordId !== undefined && (kind === 'site' || kind === 'source') && (
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
