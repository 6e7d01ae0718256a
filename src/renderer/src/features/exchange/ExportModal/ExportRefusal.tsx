import { Alert, Stack, Table, Text } from '@mantine/core'
import type { ValidationIssue } from '../../../../../shared/result'
import type { EditableKind } from '../../../hooks/useNavigation'
import { fieldLabel } from '../../../components/RecordHistory/history-format'
import { RecordRef } from '../RecordRef/RecordRef'

const SHOWN = 300

interface ExportRefusalProps {
  message: string
  issues: ValidationIssue[]
  onOpenRecord?: (kind: EditableKind, id: string) => void
}

/** "All or nothing" refused: nothing was written, and these errors stand, each with its record. */
export function ExportRefusal({ message, issues, onOpenRecord }: ExportRefusalProps) {
  return (
    <Stack gap="sm">
      <Alert color="red" title="Export refused: errors stand" role="alert">
        {message}
      </Alert>
      <Table verticalSpacing={4} aria-label="Errors that stand">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Record</Table.Th>
            <Table.Th>Field</Table.Th>
            <Table.Th>Error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.slice(0, SHOWN).map((issue, index) => (
            <Table.Tr key={`${issue.record?.kind}:${issue.record?.id}:${issue.path}:${index}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {issue.record ? (
                  <RecordRef kind={issue.record.kind} id={issue.record.id} onOpen={onOpenRecord} />
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td fz="sm">{fieldLabel(issue.path)}</Table.Td>
              <Table.Td fz="sm">{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {issues.length > SHOWN && (
        <Text size="xs" c="dimmed">
          The first {SHOWN} of {issues.length.toLocaleString('en')} errors.
        </Text>
      )}
    </Stack>
  )
}
