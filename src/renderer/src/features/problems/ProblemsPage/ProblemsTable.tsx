import { Fragment } from 'react'
import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Problem } from '@shared/domain'
import { openableRow } from '@renderer/components/ListPage/row-props'
import { useFieldWords } from '@renderer/components/RecordHistory/history-format'
import { SeverityBadge } from '@renderer/components/SeverityBadge/SeverityBadge'
import type { EditableKind } from '@renderer/hooks/useNavigation'
import { useRuleText } from '@renderer/lib/rules'
import classes from './ProblemsPage.module.css'
import { localName } from '@renderer/lib/record-name'

interface ProblemsTableProps {
  rows: Problem[]
  onOpen: (kind: EditableKind, id: string, path: string) => void
}

/** The problems, grouped under a row per severity and rule; a row opens the record at the field. */
export function ProblemsTable({ rows, onOpen }: ProblemsTableProps) {
  const { t, i18n } = useTranslation('problems')
  const rules = useRuleText()
  const { fieldLabel } = useFieldWords()
  return (
    <Table stickyHeader highlightOnHover verticalSpacing={6} layout="fixed" aria-label={t('table.label')}>
      {/* Fixed widths: a long name is cut, never broken letter by letter into a narrow column. */}
      <colgroup>
        <col style={{ width: '7.5rem' }} />
        <col style={{ width: '34%' }} />
        <col style={{ width: '18%' }} />
        <col />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('table.severity')}</Table.Th>
          <Table.Th>{t('table.record')}</Table.Th>
          <Table.Th>{t('table.field')}</Table.Th>
          <Table.Th>{t('table.problem')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((problem, index) => {
          const previous = rows[index - 1]
          const startsGroup =
            !previous || previous.rule !== problem.rule || previous.severity !== problem.severity
          const { kind, id } = problem.record
          return (
            <Fragment key={`${kind}:${id}:${problem.rule}:${problem.path}:${index}`}>
              {startsGroup && (
                <Table.Tr className={classes.groupRow}>
                  <Table.Td colSpan={4}>
                    <Text size="sm" fw={600} span>
                      {rules.title(problem.rule)}
                    </Text>{' '}
                    <Text className={classes.rule} span>
                      {problem.rule}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr
                {...openableRow(() => onOpen(kind, id, problem.path))}
                data-problem-rule={problem.rule}
              >
                <Table.Td>
                  <SeverityBadge severity={problem.severity} />
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    fw={500}
                    className={classes.recordName}
                    title={localName(problem.labels, i18n.language) || problem.label}
                  >
                    {localName(problem.labels, i18n.language) || problem.label}
                  </Text>
                  <Text size="xs" c="dimmed" className={classes.recordName} title={id}>
                    {rules.kind(kind)} · {id}
                  </Text>
                </Table.Td>
                <Table.Td>{fieldLabel(problem.path)}</Table.Td>
                <Table.Td className={classes.message}>
                  <Text size="sm">{rules.message(problem)}</Text>
                  {problem.acknowledged && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {t('acknowledgedBy', {
                        by: problem.acknowledged.by,
                        reason: problem.acknowledged.reason,
                      })}
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
