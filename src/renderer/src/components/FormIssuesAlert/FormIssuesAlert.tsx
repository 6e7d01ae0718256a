import { Alert, List } from '@mantine/core'
import type { ValidationIssue } from '../../../../shared/result'

interface FormIssuesAlertProps {
  issues: readonly ValidationIssue[]
  /** A failed save's message when main gave no issue to show. */
  failure?: string | null
}

/** Issues that belong to no field of the form (the record itself, hidden fields), at its top. */
export function FormIssuesAlert({ issues, failure }: FormIssuesAlertProps) {
  if (issues.length === 0 && !failure) return null
  return (
    <Alert color="red" variant="light" title="This record was not saved">
      {failure}
      {issues.length > 0 && (
        <List size="sm" spacing={4}>
          {issues.map((issue, index) => (
            <List.Item key={`${issue.path}-${index}`}>{issue.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  )
}
