import { Radio, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MergeField } from '@shared/domain'
import classes from './MergeView.module.css'
import { useFieldText } from './useFieldText'

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/**
 * One differing field: its name, and a radio on each side to keep that side's value. Where only
 * the other site has a value, it says so: that is the one field the default takes from it.
 */
export function FieldChoice({
  field,
  fromRemoved,
  onChoose,
}: {
  field: MergeField
  fromRemoved: boolean
  onChoose: (fromRemoved: boolean) => void
}) {
  const { t } = useTranslation('duplicates')
  const text = useFieldText()
  const name = `merge-${field.path}`
  const label = text.label(field.path)
  const fillsGap = isEmpty(field.kept) && !isEmpty(field.removed)
  const side = (removed: boolean) => {
    const value = text.value(field.path, removed ? field.removed : field.kept)
    const note = removed && fillsGap ? t('merge.fillsGap') : undefined
    return (
      <Table.Td className={classes.value} data-chosen={fromRemoved === removed || undefined}>
        <Radio
          name={name}
          value={removed ? 'removed' : 'kept'}
          checked={fromRemoved === removed}
          onChange={() => onChoose(removed)}
          aria-label={t('merge.choice', { field: label, value })}
          label={<Text size="sm">{value}</Text>}
          description={note}
        />
      </Table.Td>
    )
  }
  return (
    <Table.Tr>
      <Table.Th scope="row" className={classes.field}>
        {label}
      </Table.Th>
      {side(false)}
      {side(true)}
    </Table.Tr>
  )
}
