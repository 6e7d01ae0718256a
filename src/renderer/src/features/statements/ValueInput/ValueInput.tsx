import { Grid, Group, NumberInput, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FieldGroup } from '@renderer/components/FieldGroup/FieldGroup'
import { FieldBlock, useField } from '@renderer/components/FieldIssues/useField'
import { RecordPicker } from '@renderer/components/RecordPicker/RecordPicker'
import type { Datatype, ValueFormValues } from '../value-model'

interface ValueInputProps {
  datatype: Datatype | undefined
  value: ValueFormValues
  onChange: (value: ValueFormValues) => void
  /** The value's JSON pointer, `/value` or `/qualifiers/0/value`: issues are looked up under it. */
  path: string
  /** The property's default unit, shown as a placeholder. */
  defaultUnit?: string
}

/** The input that matches a property's datatype: amount and unit, a date, a text, a URL, a site. */
export function ValueInput({ datatype, value, onChange, path, defaultUnit }: ValueInputProps) {
  const set = <F extends keyof ValueFormValues>(field: F, next: ValueFormValues[F]) =>
    onChange({ ...value, [field]: next })
  const { t } = useTranslation(['statements', 'sources'])
  const field = useField()
  // The first suffix names the input; the others add their issues (the value as a whole, its type).
  const at = (...suffixes: string[]) => {
    const [first = '', ...more] = suffixes.map((suffix) => `${path}${suffix}`)
    return field(first, ...more)
  }

  switch (datatype) {
    case 'quantity':
      return (
        <Group grow align="flex-start">
          <NumberInput
            label={t('amount')}
            value={value.amount}
            onChange={(amount) => set('amount', amount)}
            thousandSeparator=","
            hideControls
            {...at('/amount', '', '/type')}
          />
          <TextInput
            label={t('unit')}
            placeholder={defaultUnit ?? t('unitNone')}
            value={value.unit}
            onChange={(event) => set('unit', event.currentTarget.value)}
            {...at('/unit')}
          />
        </Group>
      )
    case 'time':
      return (
        <TextInput
          label={t('date')}
          description={t('dateHelp', { hint: t('sources:dateHint') })}
          value={value.date}
          onChange={(event) => set('date', event.currentTarget.value)}
          {...at('/time', '/precision', '', '/type')}
        />
      )
    case 'string':
      return (
        <Textarea
          label={t('text')}
          value={value.text}
          onChange={(event) => set('text', event.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={6}
          {...at('/text', '', '/type')}
        />
      )
    case 'monolingual':
      return (
        <Grid gap="md" align="flex-start">
          <Grid.Col span={8}>
            <TextInput
              label={t('text')}
              value={value.text}
              onChange={(event) => set('text', event.currentTarget.value)}
              {...at('/text', '', '/type')}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput
              label={t('language')}
              placeholder={t('languageHint')}
              value={value.language}
              onChange={(event) => set('language', event.currentTarget.value)}
              {...at('/language')}
            />
          </Grid.Col>
        </Grid>
      )
    case 'url':
      return (
        <TextInput
          label={t('url')}
          type="url"
          value={value.url}
          onChange={(event) => set('url', event.currentTarget.value)}
          {...at('/url', '', '/type')}
        />
      )
    case 'item':
      return (
        <Stack gap="xs">
          <FieldGroup label={t('itemKind')}>
            {(a11y) => (
              <SegmentedControl
                {...a11y}
                size="xs"
                data={[
                  { value: 'site', label: t('subjectKind.site') },
                  { value: 'country', label: t('subjectKind.country') },
                ]}
                value={value.itemKind}
                onChange={(kind) => set('itemKind', kind as ValueFormValues['itemKind'])}
              />
            )}
          </FieldGroup>
          {value.itemKind === 'site' ? (
            <RecordPicker
              kind="site"
              label={t('item')}
              value={value.itemSiteId}
              onChange={(id) => set('itemSiteId', id)}
              {...at('/item', '', '/type')}
            />
          ) : (
            <TextInput
              label={t('itemCountry')}
              value={value.itemCountry}
              onChange={(event) => set('itemCountry', event.currentTarget.value.toUpperCase())}
              {...at('/item', '', '/type')}
              maw={200}
            />
          )}
        </Stack>
      )
    default:
      return (
        <FieldBlock path={path} more={[`${path}/type`]}>
          <Text size="sm" c="dimmed">
            {t('chooseProperty')}
          </Text>
        </FieldBlock>
      )
  }
}
