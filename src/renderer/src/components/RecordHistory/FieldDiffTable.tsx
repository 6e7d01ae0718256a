import { Spoiler, Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FieldChange } from '@shared/domain'
import { useFieldWords } from './history-format'
import { SimpleTable } from '../SimpleTable/SimpleTable'

/** One value cut short (the whole in its tooltip), or a dash for none. */
export function FieldValue({ value, path }: { value: unknown; path: string }) {
  const { t } = useTranslation('history')
  const { text, full } = useFieldWords().shortValue(value, path)
  if (text === '') {
    return (
      <Text span c="dimmed" size="sm">
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('none')}</VisuallyHidden>
      </Text>
    )
  }
  return (
    <Text span size="sm" title={full === text ? undefined : full} style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  )
}

/** What changed field by field, before and after: the record history's table, also the Changes view's. */
export function FieldDiffTable({ fields, labelledBy }: { fields: FieldChange[]; labelledBy: string }) {
  const { t } = useTranslation('history')
  const { fieldLabel } = useFieldWords()
  if (fields.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('noField')}
      </Text>
    )
  return (
    <Spoiler maxHeight={170} showLabel={t('showAll')} hideLabel={t('showFewer')}>
      <SimpleTable
        layout="fixed"
        verticalSpacing={4}
        fz="sm"
        aria-labelledby={labelledBy}
        headers={[{ label: t('field'), w: '30%' }, t('before'), t('after')]}
      >
        {fields.map((field) => (
          <Table.Tr key={field.path}>
            <Table.Td>{fieldLabel(field.path)}</Table.Td>
            <Table.Td>
              <FieldValue value={field.before} path={field.path} />
            </Table.Td>
            <Table.Td>
              <FieldValue value={field.after} path={field.path} />
            </Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
    </Spoiler>
  )
}
