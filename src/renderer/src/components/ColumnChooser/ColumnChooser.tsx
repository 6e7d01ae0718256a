import { Button, Checkbox, Menu, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface ColumnChooserProps {
  /** Every column the table has, in order: key and header text. */
  columns: { key: string; label: string }[]
  visible: string[]
  onChange: (visible: string[]) => void
  /** Columns that cannot be hidden (the one that names the record). */
  required?: string[]
}

/** A "Columns" menu with a checkbox per column; the last shown column cannot be hidden. */
export function ColumnChooser({ columns, visible, onChange, required = [] }: ColumnChooserProps) {
  const { t } = useTranslation('tables')
  return (
    <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">{t('columns.button')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('columns.title')}</Menu.Label>
        <Stack gap={8} p="xs" role="group" aria-label={t('columns.title')}>
          {columns.map((column) => {
            const shown = visible.includes(column.key)
            const locked = required.includes(column.key) || (shown && visible.length === 1)
            return (
              <Checkbox
                key={column.key}
                label={column.label}
                checked={shown}
                disabled={locked}
                onChange={(event) =>
                  onChange(
                    event.currentTarget.checked
                      ? [...visible, column.key]
                      : visible.filter((key) => key !== column.key),
                  )
                }
              />
            )
          })}
        </Stack>
      </Menu.Dropdown>
    </Menu>
  )
}
