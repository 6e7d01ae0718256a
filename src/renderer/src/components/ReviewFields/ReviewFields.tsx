import { SegmentedControl, Textarea } from '@mantine/core'
import type { CurationStatus } from '../../../../shared/domain'
import { STATUS_COLORS, STATUS_OPTIONS } from '../../lib/labels'
import { FieldGroup } from '../FieldGroup/FieldGroup'
import { useField } from '../FieldIssues/useField'

interface ReviewFieldsProps {
  status: CurationStatus
  onStatus: (status: CurationStatus) => void
  note: string
  onNote: (note: string) => void
}

/** The review workflow of every record: draft, in review, approved; and the reviewer's note. */
export function ReviewFields({ status, onStatus, note, onNote }: ReviewFieldsProps) {
  const field = useField()
  return (
    <>
      <FieldGroup
        label="Status"
        description="A record with errors can be saved as a draft or for review, not approved."
        {...field('/status')}
      >
        {(a11y) => (
          <SegmentedControl
            {...a11y}
            data={STATUS_OPTIONS}
            value={status}
            color={STATUS_COLORS[status]}
            onChange={(value) => onStatus(value as CurationStatus)}
          />
        )}
      </FieldGroup>
      <Textarea
        label="Reviewer note"
        description="What the reviewer asked for, or why the record was approved as it is"
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
