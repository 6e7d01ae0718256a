import { Divider } from '@mantine/core'
import type { Source } from '@shared/domain'
import { RecordFormShell } from '@renderer/components/FormShell/RecordFormShell'
import { useDraft } from '@renderer/hooks/useDraft'
import { useRecordForm } from '@renderer/hooks/useRecordForm'
import { SourceCitedBy } from '../SourceCitedBy/SourceCitedBy'
import { SOURCE_FIELD_PATHS, sourceDraft, sourceFormValues } from '../source-model'
import { SourceFields } from './SourceFields'

export function SourceForm({ source }: { source: Source | undefined }) {
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
    <RecordFormShell kind="source" form={form} recordId={source?.id} name={source?.title}>
      <SourceFields values={values} set={set} />
      {source && (
        <>
          <Divider />
          <SourceCitedBy sourceId={source.id} />
        </>
      )}
    </RecordFormShell>
  )
}
