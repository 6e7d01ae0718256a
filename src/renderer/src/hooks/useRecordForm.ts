import { useMemo, useState } from 'react'
import { useHotkeys } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import type { Draft, RecordOf } from '../../../shared/domain'
import type { ValidationIssue } from '../../../shared/result'
import { isValidationError } from '../lib/api'
import { routeIssues } from '../lib/issues'
import type { EditableKind } from './useNavigation'
import { useNavigation } from './useNavigation'
import { useDatasetInfo, useDeleteRecord, useSaveRecord } from './useRecords'

/** What a form hands over to be saved: a draft, or the issues found before asking main. */
export type BuiltDraft<K extends EditableKind> =
  { draft: Draft<K>; issues?: never } | { issues: ValidationIssue[] }

interface RecordFormOptions<K extends EditableKind> {
  kind: K
  id: string | null
  /** The JSON pointers of the fields the form shows; issues elsewhere go in the alert. */
  fieldPaths: readonly string[]
  buildDraft: () => BuiltDraft<K>
}

/**
 * The save and delete flow shared by every record form: issues under fields on VALIDATION,
 * a notification otherwise, Ctrl/Cmd+S to save, and the saved record reopened in the form.
 */
export function useRecordForm<K extends EditableKind>({
  kind,
  id,
  fieldPaths,
  buildDraft,
}: RecordFormOptions<K>) {
  const [issues, setIssues] = useState<ValidationIssue[]>([])
  const [failure, setFailure] = useState<string | null>(null)
  const saveMutation = useSaveRecord(kind)
  const deleteMutation = useDeleteRecord(kind)
  const { openRecord, closeRecord } = useNavigation()
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const routed = useMemo(() => routeIssues(issues, fieldPaths), [issues, fieldPaths])

  const save = () => {
    if (readOnly || saveMutation.isPending) return
    const built = buildDraft()
    if (built.issues) {
      setIssues(built.issues)
      setFailure(null)
      return
    }
    saveMutation.mutate(built.draft, {
      onSuccess: (saved: RecordOf[K]) => {
        setIssues([])
        setFailure(null)
        notifications.show({ message: 'Saved', color: 'teal' })
        if (saved.id !== id) openRecord(kind, saved.id)
      },
      onError: (error) => {
        if (isValidationError(error)) {
          setIssues(error.issues)
          setFailure(error.issues.length === 0 ? error.message : null)
        } else {
          notifications.show({ title: 'Not saved', message: error.message, color: 'red', autoClose: false })
        }
      },
    })
  }

  const remove = () => {
    if (id === null || readOnly) return
    deleteMutation.mutate(id, {
      onSuccess: () => {
        notifications.show({ message: 'Deleted', color: 'teal' })
        closeRecord()
      },
      onError: (error) => {
        notifications.show({ title: 'Not deleted', message: error.message, color: 'red', autoClose: false })
      },
    })
  }

  useHotkeys([['mod+S', save]], [])

  return {
    errors: routed.byField,
    unplaced: routed.unplaced,
    failure,
    save,
    saving: saveMutation.isPending,
    remove,
    removing: deleteMutation.isPending,
    readOnly,
  }
}
