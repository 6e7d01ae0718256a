import { Fragment } from 'react'
import { Table, Text } from '@mantine/core'
import type { Problem } from '../../../../../shared/domain'
import { openableRow } from '../../../components/ListPage/row-props'
import { fieldLabel } from '../../../components/RecordHistory/history-format'
import { SeverityBadge } from '../../../components/SeverityBadge/SeverityBadge'
import type { EditableKind } from '../../../hooks/useNavigation'
import { KIND_LABELS, ruleTitle } from '../../../lib/rules'
import classes from './ProblemsPage.module.css'

interface ProblemsTableProps {
  rows: Problem[]
  onOpen: (kind: EditableKind, id: string, path: string) => void
}

/** The problems, grouped under a row per severity and rule; a row opens the record at the field. */
export function ProblemsTable({ rows, onOpen }: ProblemsTableProps) {
  return (
    <Table stickyHeader highlightOnHover verticalSpacing="xs" aria-label="Problems">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Severity</Table.Th>
          <Table.Th>Record</Table.Th>
          <Table.Th>Field</Table.Th>
          <Table.Th>Problem</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((problem, index) => {
          const previous = rows[index - 1]
          const startsGroup =
            !previous || previous.rule !== problem.rule || previous.severity !== problem.severity
          const { kind, id } = problem.record
          const openable = kind !== 'property'
          return (
            <Fragment key={`${kind}:${id}:${problem.rule}:${problem.path}:${index}`}>
              {startsGroup && (
                <Table.Tr className={classes.groupRow}>
                  <Table.Td colSpan={4}>
                    <Text size="sm" fw={600} span>
                      {ruleTitle(problem.rule)}
                    </Text>{' '}
                    <Text className={classes.rule} span>
                      {problem.rule}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr
                {...(openable ? openableRow(() => onOpen(kind, id, problem.path)) : {})}
                data-problem-rule={problem.rule}
              >
                <Table.Td>
                  <SeverityBadge severity={problem.severity} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {problem.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {KIND_LABELS[kind]} · {id}
                  </Text>
                </Table.Td>
                <Table.Td>{fieldLabel(problem.path)}</Table.Td>
                <Table.Td className={classes.message}>
                  <Text size="sm">{problem.message}</Text>
                  {problem.acknowledged && (
                    <Text size="xs" c="dimmed" fs="italic">
                      Acknowledged by {problem.acknowledged.by}: {problem.acknowledged.reason}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            </Fragment>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
