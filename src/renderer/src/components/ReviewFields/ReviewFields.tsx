import { SegmentedControl, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CurationStatus } from '@shared/domain'
import { useLabels } from '@renderer/i18n/useLabels'
import { STATUS_COLORS } from '@renderer/lib/labels'
import { FieldGroup } from '../FieldGroup/FieldGroup'
import { useField } from '../FieldIssues/useField'

const STATUSES: readonly CurationStatus[] = ['draft', 'in-review', 'approved']

interface ReviewFieldsProps {
  status: CurationStatus
  onStatus: (status: CurationStatus) => void
  note: string
  onNote: (note: string) => void
}

/** The review workflow of every record: draft, in review, approved; and the reviewer's note. */
export function ReviewFields({ status, onStatus, note, onNote }: ReviewFieldsProps) {
  const { t } = useTranslation('forms')
  const labels = useLabels()
  const field = useField()
  return (
    <>
      <FieldGroup label={t('review.status')} description={t('review.statusHelp')} {...field('/status')}>
        {(a11y) => (
          <SegmentedControl
            {...a11y}
            data={STATUSES.map((value) => ({ value, label: labels.status(value) }))}
            value={status}
            color={STATUS_COLORS[status]}
            onChange={(value) => onStatus(value as CurationStatus)}
          />
        )}
      </FieldGroup>
      <Textarea
        label={t('review.note')}
        description={t('review.noteHelp')}
        value={note}
        onChange={(event) => onNote(event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={8}
        {...field('/reviewNote')}
      />
    </>
  )
}
