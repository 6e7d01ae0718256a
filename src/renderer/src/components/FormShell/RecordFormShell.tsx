import type { ReactNode } from 'react'
import type { useRecordForm } from '@renderer/hooks/useRecordForm'
import { useNavigation, type EditableKind } from '@renderer/hooks/useNavigation'
import { FormActions } from '../FormActions/FormActions'
import { FormIssuesAlert } from '../FormIssuesAlert/FormIssuesAlert'
import { FormShell } from './FormShell'

type RecordForm = ReturnType<typeof useRecordForm>

interface RecordFormShellProps {
  kind: EditableKind
  /** What `useRecordForm` returned: save, delete, issues, the read-only state. */
  form: RecordForm
  /** The record that Delete removes; absent when there is nothing to delete (a new record). */
  recordId?: string
  /** The record's name, quoted in the delete confirmation. */
  name?: string
  /** The kind's own fields, under the issues that no field shows. */
  children: ReactNode
}

/**
 * The frame every record form shares: its fields, the issues no field shows above them, and
 * Save / Cancel / Delete at the foot. A form adds only its own fields.
 */
export function RecordFormShell({ kind, form, recordId, name, children }: RecordFormShellProps) {
  const { closeRecord } = useNavigation()
  return (
    <FormShell
      onSave={form.save}
      readOnly={form.readOnly}
      issues={form.issues}
      actions={
        <FormActions
          name={name}
          kind={kind}
          recordId={recordId}
          readOnly={form.readOnly}
          readOnlyReason={form.readOnlyReason}
          saving={form.saving}
          removing={form.removing}
          onSave={form.save}
          onDelete={form.remove}
          onCancel={closeRecord}
          deletion={form.deletion}
        />
      }
    >
      <FormIssuesAlert issues={form.unplaced} failure={form.failure} failureIssues={form.failureIssues} />
      {children}
    </FormShell>
  )
}
