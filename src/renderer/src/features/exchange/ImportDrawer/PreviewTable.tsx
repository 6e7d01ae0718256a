import { Fragment } from 'react'
import { ActionIcon, Badge, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ImportRow } from '@shared/exchange'
import { useFieldWords } from '@renderer/components/RecordHistory/history-format'
import { canCommit, hasDetails, matchText, STATUS_COLOR } from './import-model'
import { RowDetails } from './RowDetails'
import { DisclosureIcon } from '@renderer/components/Icons/Icons'
import { SimpleTable } from '@renderer/components/SimpleTable/SimpleTable'

/** One line of notes: the first issue, the fields that change, the match, or the first warning. */
function note(row: ImportRow, t: TFunction<'exchange'>, fieldLabel: (pointer: string) => string): string {
  if (row.issues[0]) return row.issues[0].message
  const parts: string[] = []
  if (row.fields?.length)
    parts.push(row.fields.map((f) => fieldLabel(f.path)).join(t('importPreview.table.fieldSeparator')))
  const match = row.status === 'duplicate' ? matchText(row, t) : null
  if (match) parts.push(match)
  if (row.warnings[0]) parts.push(row.warnings[0])
  if (row.warnings.length > 1) parts.push(t('importPreview.table.more', { extra: row.warnings.length - 1 }))
  return parts.join(' · ')
}

interface PreviewTableProps {
  rows: ImportRow[]
  selected: ReadonlySet<string>
  expanded: ReadonlySet<string>
  onSelect: (rowIds: string[], checked: boolean) => void
  onExpand: (rowId: string) => void
}

/** One page of the preview's rows: choose them, and open a row to see why it is what it is. */
export function PreviewTable({ rows, selected, expanded, onSelect, onExpand }: PreviewTableProps) {
  const { t } = useTranslation('exchange')
  const { fieldLabel } = useFieldWords()
  const choosable = rows.filter(canCommit).map((r) => r.rowId)
  const chosen = choosable.filter((id) => selected.has(id)).length
  return (
    <SimpleTable
      verticalSpacing={4}
      stickyHeader
      aria-label={t('importPreview.table.label')}
      highlightOnHover
      headers={[
        {
          label: (
            <Checkbox
              aria-label={t('importPreview.table.chooseAll')}
              checked={choosable.length > 0 && chosen === choosable.length}
              indeterminate={chosen > 0 && chosen < choosable.length}
              disabled={choosable.length === 0}
              onChange={(event) => onSelect(choosable, event.currentTarget.checked)}
            />
          ),
          w: 36,
        },
        { label: t('importPreview.table.line'), w: 64, ta: 'right' },
        t('importPreview.table.record'),
        { label: t('importPreview.table.status'), w: 190 },
        { label: t('importPreview.table.notes'), style: { whiteSpace: 'nowrap' } },
        { label: <VisuallyHidden>{t('importPreview.table.details')}</VisuallyHidden>, w: 40 },
      ]}
    >
      {rows.map((row) => {
        const open = expanded.has(row.rowId)
        return (
          <Fragment key={row.rowId}>
            <Table.Tr data-status={row.status}>
              <Table.Td>
                <Checkbox
                  aria-label={t('importPreview.table.choose', { line: row.line, label: row.label })}
                  checked={selected.has(row.rowId)}
                  disabled={!canCommit(row)}
                  onChange={(event) => onSelect([row.rowId], event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td ta="right" fz="sm" c="dimmed">
                {row.line}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={row.label}>
                  {row.label}
                </Text>
                {row.id && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {row.id}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Badge color={STATUS_COLOR[row.status]} variant="light" radius="sm">
                    {t(`importPreview.status.${row.status}`)}
                  </Badge>
                  {row.warnings.length > 0 && (
                    <Badge color="yellow" variant="outline" radius="sm">
                      {t('importPreview.table.warnings', { count: row.warnings.length })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {!open && (
                  <Text size="sm" lineClamp={2} c={row.issues.length ? 'red' : undefined}>
                    {note(row, t, fieldLabel)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {hasDetails(row) && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => onExpand(row.rowId)}
                    aria-expanded={open}
                    aria-label={t(open ? 'importPreview.table.hide' : 'importPreview.table.show', {
                      line: row.line,
                    })}
                  >
                    <DisclosureIcon open={open} />
                  </ActionIcon>
                )}
              </Table.Td>
            </Table.Tr>
            {open && (
              <Table.Tr>
                <Table.Td />
                <Table.Td colSpan={5}>
                  <RowDetails row={row} />
                </Table.Td>
              </Table.Tr>
            )}
          </Fragment>
        )
      })}
    </SimpleTable>
  )
}
