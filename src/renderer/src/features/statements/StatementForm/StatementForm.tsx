import { useMemo } from 'react'
import { Divider, SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLabels } from '@renderer/i18n/useLabels'
import type { Statement } from '@shared/domain'
import { FieldGroup } from '@renderer/components/FieldGroup/FieldGroup'
import { useField } from '@renderer/components/FieldIssues/useField'
import { RecordFormShell } from '@renderer/components/FormShell/RecordFormShell'
import { ReviewFields } from '@renderer/components/ReviewFields/ReviewFields'
import { useDraft } from '@renderer/hooks/useDraft'
import { useRecordLevel } from '@renderer/hooks/useNavigation'
import { useProperties } from '@renderer/hooks/useProperties'
import { useRecordForm } from '@renderer/hooks/useRecordForm'
import { statementDraft, statementFieldPaths, statementFormValues } from '../statement-model'
import type { StatementFormValues } from '../statement-model'
import { ValueInput } from '../ValueInput/ValueInput'
import { QualifiersField } from './QualifiersField'
import { ReferencesField } from './ReferencesField'
import { SubjectFields } from './SubjectFields'

export function StatementForm({ statement }: { statement: Statement | undefined }) {
  const prefill = useRecordLevel()?.prefill
  const { properties, byId, isLoading } = useProperties()
  const { values, set, dirty } = useDraft(() => statementFormValues(statement, prefill))
  const fieldPaths = useMemo(() => statementFieldPaths(values), [values])
  const form = useRecordForm({
    kind: 'statement',
    id: statement?.id ?? null,
    fieldPaths,
    buildDraft: () => statementDraft(values, statement, byId),
    values,
    dirty,
    checkReady: !isLoading,
  })
  const property = values.property ? byId.get(values.property) : undefined

  return (
    <RecordFormShell kind="statement" form={form} recordId={statement?.id}>
      <SubjectFields values={values} set={set} properties={properties} />
      <ValueInput
        datatype={property?.datatype}
        value={values.value}
        onChange={(value) => set('value', value)}
        path="/value"
        defaultUnit={property?.unit}
      />
      <Divider />
      <QualifiersField
        rows={values.qualifiers}
        onChange={(rows) => set('qualifiers', rows)}
        properties={properties}
      />
      <Divider />
      <ReferencesField
        rows={values.references}
        onChange={(rows) => set('references', rows)}
        deprecated={values.rank === 'deprecated'}
      />
      <Divider />
      <RankField rank={values.rank} onRank={(rank) => set('rank', rank)} />
      <ReviewFields
        status={values.status}
        onStatus={(status) => set('status', status)}
        note={values.reviewNote}
        onNote={(note) => set('reviewNote', note)}
      />
    </RecordFormShell>
  )
}

const RANKS: ReadonlyArray<Statement['rank']> = ['preferred', 'normal', 'deprecated']

function RankField({ rank, onRank }: { rank: Statement['rank']; onRank: (rank: Statement['rank']) => void }) {
  const { t } = useTranslation('statements')
  const labels = useLabels()
  const field = useField()
  return (
    <FieldGroup label={t('rank')} description={t('rankHelp')} {...field('/rank')}>
      {(a11y) => (
        <SegmentedControl
          {...a11y}
          data={RANKS.map((value) => ({ value, label: labels.rank(value) }))}
          value={rank}
          onChange={(next) => onRank(next as StatementFormValues['rank'])}
        />
      )}
    </FieldGroup>
  )
}
