import { Chip, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportPreview } from '@shared/exchange'
import { useFormat } from '@renderer/i18n/format'
import { type RowFilter, STATUS_COLOR, STATUS_ORDER } from './import-model'
import classes from './ImportDrawer.module.css'

interface CountFilterProps {
  preview: ImportPreview
  value: RowFilter
  onChange: (filter: RowFilter) => void
}

/**
 * The preview's counts, each a filter: All, New, Changed, Unchanged, Duplicates, Invalid, With
 * warnings. They wrap onto more lines rather than shrink, and stay above the rows (they do not
 * scroll away), so they can be read at any window size and list length.
 */
export function CountFilter({ preview, value, onChange }: CountFilterProps) {
  const { t } = useTranslation('exchange')
  const format = useFormat()
  const warned = preview.rows.filter((row) => row.warnings.length > 0).length
  const items: { value: RowFilter; label: string; total: number; color: string }[] = [
    { value: 'all', label: t('importPreview.count.all'), total: preview.rows.length, color: 'indigo' },
    ...STATUS_ORDER.map((status) => ({
      value: status,
      label: t(`importPreview.count.${status}`),
      total: preview.counts[status],
      color: STATUS_COLOR[status],
    })),
    { value: 'warnings', label: t('importPreview.count.warnings'), total: warned, color: 'yellow' },
  ]
  return (
    <Chip.Group value={value} onChange={(next) => onChange(next as RowFilter)}>
      <Group
        gap={6}
        role="radiogroup"
        aria-label={t('importPreview.filter.label')}
        className={classes.counts}
      >
        {items.map((item) => (
          <Chip
            key={item.value}
            value={item.value}
            type="radio"
            variant="outline"
            color={item.color}
            size="sm"
            wrapperProps={{ 'data-testid': `import-count-${item.value}` }}
          >
            {item.label}{' '}
            <Text span fw={700} size="sm" className={classes.countNumber}>
              {format.number(item.total)}
            </Text>
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  )
}
