import { Code, Table, Text } from '@mantine/core'
import type { ExcludedRecord } from '../../../../../shared/exchange'
import type { EditableKind } from '../../../hooks/useNavigation'
import { RecordRef } from '../RecordRef/RecordRef'

/** Beyond this many reasons the table stops; report.json has them all. */
const SHOWN = 300

interface LeftOutTableProps {
  excluded: ExcludedRecord[]
  onOpenRecord?: (kind: EditableKind, id: string) => void
}

/** What the gate left out: one row per reason, naming the record, the rule and why. */
export function LeftOutTable({ excluded, onOpenRecord }: LeftOutTableProps) {
  const rows = excluded.flatMap((record) =>
    record.reasons.map((reason, index) => ({ record, reason, key: `${record.kind}:${record.id}:${index}` })),
  )
  if (rows.length === 0) return <Text size="sm">Nothing was left out.</Text>
  return (
    <>
      <Table verticalSpacing={4} aria-label="Records left out">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Record</Table.Th>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN).map(({ record, reason, key }) => (
            <Table.Tr key={key}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RecordRef kind={record.kind} id={record.id} onOpen={onOpenRecord} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Code>{reason.rule}</Code>
              </Table.Td>
              <Table.Td fz="sm">{reason.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > SHOWN && (
        <Text size="xs" c="dimmed">
          The first {SHOWN} of {rows.length.toLocaleString('en')} reasons; report.json lists them all.
        </Text>
      )}
    </>
  )
}
