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
  const { values, set } = useDraft(() => sourceFormValues(source))
  const form = useRecordForm({
    kind: 'source',
    id: source?.id ?? null,
    fieldPaths: SOURCE_FIELD_PATHS,
    buildDraft: () => sourceDraft(values, source),
  })

  return (
    <FormShell
      onSave={form.save}
      actions={
        <FormActions
          noun="source"
          name={source?.title}
          canDelete={source !== undefined}
          readOnly={form.readOnly}
          saving={form.saving}
          removing={form.removing}
          onSave={form.save}
          onDelete={form.remove}
          onCancel={closeRecord}
        />
      }
    >
      <FormIssuesAlert issues={form.unplaced} failure={form.failure} />
      <SourceFields values={values} set={set} errors={form.errors} />
      {source && (
        <>
          <Divider />
          <SourceCitedBy sourceId={source.id} />
        </>
      )}
    </FormShell>
  )
}
