import { useMemo } from 'react'
import { Divider, SegmentedControl, Select, Textarea } from '@mantine/core'
import type { Statement } from '../../../../../shared/domain'
import { FieldGroup } from '../../../components/FieldGroup/FieldGroup'
import { FormActions } from '../../../components/FormActions/FormActions'
import { FormShell } from '../../../components/FormShell/FormShell'
import { FormIssuesAlert } from '../../../components/FormIssuesAlert/FormIssuesAlert'
import { useDraft } from '../../../hooks/useDraft'
import { useNavigation } from '../../../hooks/useNavigation'
import { useProperties } from '../../../hooks/useProperties'
import { useRecordForm } from '../../../hooks/useRecordForm'
import { RANK_OPTIONS, STATUS_OPTIONS } from '../../../lib/labels'
import { statementDraft, statementFieldPaths, statementFormValues } from '../statement-model'
import type { StatementFormValues } from '../statement-model'
import { ValueInput } from '../ValueInput/ValueInput'
import { QualifiersField } from './QualifiersField'
import { ReferencesField } from './ReferencesField'
import { SubjectFields } from './SubjectFields'

export function StatementForm({ statement }: { statement: Statement | undefined }) {
  const { closeRecord } = useNavigation()
  const { properties, byId } = useProperties()
  const { values, set } = useDraft(() => statementFormValues(statement))
  const fieldPaths = useMemo(() => statementFieldPaths(values), [values])
  const form = useRecordForm({
    kind: 'statement',
    id: statement?.id ?? null,
    fieldPaths,
    buildDraft: () => statementDraft(values, statement, byId),
  })
  const property = values.property ? byId.get(values.property) : undefined

  return (
    <FormShell
      onSave={form.save}
      actions={
        <FormActions
          noun="statement"
          canDelete={statement !== undefined}
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
      <SubjectFields values={values} set={set} errors={form.errors} properties={properties} />
      <ValueInput
        datatype={property?.datatype}
        value={values.value}
        onChange={(value) => set('value', value)}
        path="/value"
        errors={form.errors}
        defaultUnit={property?.unit}
      />
      <Divider />
      <QualifiersField
        rows={values.qualifiers}
        onChange={(rows) => set('qualifiers', rows)}
        properties={properties}
        errors={form.errors}
      />
      <Divider />
      <ReferencesField
        rows={values.references}
        onChange={(rows) => set('references', rows)}
        errors={form.errors}
      />
      <Divider />
      <FieldGroup label="Rank" error={form.errors['/rank']}>
        {(a11y) => (
          <SegmentedControl
            {...a11y}
            data={RANK_OPTIONS}
            value={values.rank}
            onChange={(rank) => set('rank', rank as StatementFormValues['rank'])}
          />
        )}
      </FieldGroup>
      <Select
        label="Status"
        data={STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => status && set('status', status as StatementFormValues['status'])}
        allowDeselect={false}
        error={form.errors['/status']}
      />
      <Textarea
        label="Reviewer note"
        value={values.reviewNote}
        onChange={(event) => set('reviewNote', event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={8}
        error={form.errors['/reviewNote']}
      />
    </FormShell>
  )
}
