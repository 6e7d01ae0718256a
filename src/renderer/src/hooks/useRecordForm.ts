import { useMemo, useState } from 'react'
import { useHotkeys } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { DeleteOptions, Draft } from '@shared/domain'
import type { ValidationIssue } from '@shared/result'
import type { FormIssues } from '../components/FieldIssues/form-issues'
import { REQUIRED_FIELDS } from '../components/FieldIssues/required-fields'
import { ApiCallError, isValidationError } from '../lib/api'
import { mergeIssues, routeIssues } from '../lib/issues'
import { useFieldReveal } from './useFieldReveal'
import type { EditableKind } from './useNavigation'
import { useNavigation, useRecordLevel } from './useNavigation'
import { useDatasetInfo, useDeleteRecord, useSaveRecord } from './useRecords'
import { useLiveIssues } from './useReview'
import { useDirtyOwner, useReportDirty, useUnsavedChanges } from './useUnsavedChanges'

/** What a form hands over to be saved: a draft, or the issues found before asking main. */
export type BuiltDraft<K extends EditableKind> =
  { draft: Draft<K>; issues?: never } | { issues: ValidationIssue[] }

interface RecordFormOptions<K extends EditableKind> {
  kind: K
  id: string | null
  /** The JSON pointers of the fields the form shows; issues elsewhere go in the alert. */
  fieldPaths: readonly string[]
  buildDraft: () => BuiltDraft<K>
  /** The form's values: each change is checked as the curator types, and ends a refused save's alert. */
  values: unknown
  /** The form differs from the record it opened with: closing it asks first. */
  dirty: boolean
  /** False while what the draft is built from is still loading (the property registry). */
  checkReady?: boolean
}

interface Refusal {
  values: unknown
  issues: ValidationIssue[]
  message: string | null
}

const NO_ISSUES: ValidationIssue[] = []

/** The ids of the statements main named when it refused a delete (CONFLICT), or null. */
function dependentIds(error: Error): string[] | null {
  if (!(error instanceof ApiCallError) || error.code !== 'CONFLICT') return null
  const ids = error.issues.flatMap((issue) => (issue.record?.kind === 'statement' ? [issue.record.id] : []))
  return ids.length > 0 ? ids : null
}

/**
 * The check, save and delete flow shared by every record form: issues under their fields as the
 * curator types (main checks the draft, nothing is saved) and after a refused save, with main's
 * message on top; Ctrl/Cmd+S to save; the saved record reopened in the form; and a record that
 * statements depend on deleted only once the curator says what becomes of them.
 */
export function useRecordForm<K extends EditableKind>(options: RecordFormOptions<K>) {
  const { kind, id, fieldPaths, buildDraft, values, dirty, checkReady = true } = options
  // A refused save, for the values it was refused for: the next edit ends it.
  const { t } = useTranslation('forms')
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const current = refusal?.values === values ? refusal : null
  const saveIssues = current?.issues ?? NO_ISSUES
  const failure = current?.message ?? null
  const [dependents, setDependents] = useState<string[] | null>(null)
  const saveMutation = useSaveRecord(kind)
  const deleteMutation = useDeleteRecord(kind)
  const { replaceRecord, closeRecord } = useNavigation()
  const level = useRecordLevel()
  const owner = useDirtyOwner()
  const { markClean } = useUnsavedChanges()
  const info = useDatasetInfo().data
  const readOnly = info?.readOnly ?? false
  useReportDirty(dirty && !readOnly)

  // A new form is checked once the curator starts on it; a stored record at once.
  const live = useLiveIssues(kind, checkReady && (id !== null || dirty) ? buildDraft() : null)
  // A new record's fields show their issues once left, or all of them once a save was tried.
  const reveal = useFieldReveal(id === null)

  const routed = useMemo(
    () => routeIssues(mergeIssues(saveIssues, live), fieldPaths),
    [saveIssues, live, fieldPaths],
  )
  const issues = useMemo<FormIssues>(() => {
    const shown = {
      byField: reveal.shown(routed.byField),
      required: REQUIRED_FIELDS[kind],
      touch: reveal.touch,
    }
    if (id === null) return shown
    const blockedReason = readOnly ? t('blocked.readOnly') : dirty ? t('blocked.dirty') : undefined
    return { ...shown, acknowledge: { kind, id, blockedReason } }
  }, [routed, reveal, id, kind, readOnly, dirty, t])

  const save = () => {
    if (readOnly || saveMutation.isPending) return
    reveal.revealAll()
    const built = buildDraft()
    if (built.issues) {
      setRefusal({ values, issues: built.issues, message: null })
      return
    }
    saveMutation.mutate(built.draft, {
      onSuccess: ({ record: saved }) => {
        setRefusal(null)
        markClean(owner)
        notifications.show({ message: t('saved'), color: 'teal' })
        if (saved.id !== id) replaceRecord(kind, saved.id)
      },
      onError: (error) => {
        if (isValidationError(error)) {
          setRefusal({ values, issues: error.issues, message: error.message })
        } else {
          notifications.show({ title: t('notSaved'), message: error.message, color: 'red', autoClose: false })
        }
      },
    })
  }

  const remove = (deleteOptions?: DeleteOptions) => {
    if (id === null || readOnly) return
    deleteMutation.mutate(
      { id, ...(deleteOptions ? { options: deleteOptions } : {}) },
      {
        onSuccess: () => {
          setDependents(null)
          markClean(owner)
          notifications.show({ message: t('deleted'), color: 'teal' })
          closeRecord()
        },
        onError: (error) => {
          const ids = deleteOptions ? null : dependentIds(error)
          if (ids) {
            setDependents(ids)
            return
          }
          notifications.show({
            title: t('notDeleted'),
            message: error.message,
            color: 'red',
            autoClose: false,
          })
        },
      },
    )
  }

  // Only the record shown saves: a site's form lies hidden under its statement's drawer.
  useHotkeys([['mod+S', () => (level?.top ?? true) && save()]], [])

  return {
    /** The issues for the fields to show: pass to `FormIssuesContext`. */
    issues,
    unplaced: reveal.all ? routed.unplaced : NO_ISSUES,
    /** Main's message when it refused the last save ("The site was not approved: 1 problem to fix."). */
    failure,
    failureIssues: saveIssues.length,
    save,
    saving: saveMutation.isPending,
    remove: () => remove(),
    removing: deleteMutation.isPending,
    readOnly,
    readOnlyReason: info?.readOnlyReason,
    /** Statements that stopped a delete: the form asks what to do with them. */
    deletion: {
      dependents,
      confirm: (deleteOptions: DeleteOptions) => remove(deleteOptions),
      cancel: () => setDependents(null),
    },
  }
}
