import { Divider } from '@mantine/core'
import type { Source } from '../../../../../shared/domain'
import { FormActions } from '../../../components/FormActions/FormActions'
import { FormShell } from '../../../components/FormShell/FormShell'
import { FormIssuesAlert } from '../../../components/FormIssuesAlert/FormIssuesAlert'
import { useDraft } from '../../../hooks/useDraft'
import { useNavigation } from '../../../hooks/useNavigation'
import { useRecordForm } from '../../../hooks/useRecordForm'
import { SourceCitedBy } from '../SourceCitedBy/SourceCitedBy'
import { SOURCE_FIELD_PATHS, sourceDraft, sourceFormValues } from '../source-model'
import { SourceFields } from './SourceFields'

export function SourceForm({ source }: { source: Source | undefined }) {
  const { closeRecord } = useNavigation()
  const { values, set, dirty } = useDraft(() => sourceFormValues(source))
  const form = useRecordForm({
    kind: 'source',
    id: source?.id ?? null,
    fieldPaths: SOURCE_FIELD_PATHS,
    buildDraft: () => sourceDraft(values, source),
    values,
    dirty,
  })

  return (
    <FormShell
      onSave={form.save}
      readOnly={form.readOnly}
      issues={form.issues}
      actions={
        <FormActions
          name={source?.title}
          kind="source"
          recordId={source?.id}
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
      <SourceFields values={values} set={set} />
      {source && (
        <>
          <Divider />
          <SourceCitedBy sourceId={source.id} />
        </>
      )}
    </FormShell>
  )
}
