import { Checkbox, Group, Select, SimpleGrid, Switch, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FieldGroup } from '@renderer/components/FieldGroup/FieldGroup'
import { FieldBlock, useField } from '@renderer/components/FieldIssues/useField'
import { ExternalLink } from '@renderer/components/ExternalLink/ExternalLink'
import { formatIdentifierUrl } from '@shared/identifiers'
import { DATATYPES, type PropertyFormValues, type SetPropertyField } from '../property-model'

interface PropertyKindFieldsProps {
  values: PropertyFormValues
  set: SetPropertyField
  /** Statements that use the property: its datatype is fixed while any do. */
  usage: number
}

const EXAMPLE_VALUES: Partial<Record<PropertyFormValues['datatype'], string>> = { string: 'ABC-123' }

/** What the property's values are, where it is used, and how it links to Wikidata and the web. */
export function PropertyKindFields({ values, set, usage }: PropertyKindFieldsProps) {
  const { t } = useTranslation('properties')
  const field = useField()
  const example = values.formatterUrl.trim()
    ? formatIdentifierUrl(values.formatterUrl.trim(), EXAMPLE_VALUES[values.datatype] ?? 'ABC-123')
    : undefined
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('form.datatype')}
          description={usage > 0 ? t('form.datatypeInUse', { count: usage }) : t('form.datatypeHelp')}
          data={DATATYPES.map((value) => ({ value, label: t(`datatype.${value}`) }))}
          value={values.datatype}
          onChange={(value) => value && set('datatype', value as PropertyFormValues['datatype'])}
          allowDeselect={false}
          disabled={usage > 0}
          {...field('/datatype')}
        />
        {values.datatype === 'quantity' && (
          <TextInput
            label={t('form.unit')}
            description={t('form.unitHelp')}
            value={values.unit}
            onChange={(event) => set('unit', event.currentTarget.value)}
            maxLength={100}
            {...field('/unit')}
          />
        )}
      </SimpleGrid>
      <FieldGroup label={t('form.subjects')} description={t('form.subjectsHelp')} {...field('/subjects')}>
        {(a11y) => (
          <Checkbox.Group
            value={values.subjects}
            onChange={(kinds) => set('subjects', kinds as PropertyFormValues['subjects'])}
          >
            <Group gap="lg" role="group" {...a11y}>
              {(['site', 'country'] as const).map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`subjectKind.${kind}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      </FieldGroup>
      <Group gap="xl" align="flex-start" grow>
        <FieldBlock path="/qualifierOnly">
          <Switch
            label={t('form.qualifierOnly')}
            description={t('form.qualifierOnlyHelp')}
            checked={values.qualifierOnly}
            onChange={(event) => set('qualifierOnly', event.currentTarget.checked)}
          />
        </FieldBlock>
        <FieldBlock path="/expectsPointInTime">
          <Switch
            label={t('form.expectsPointInTime')}
            description={t('form.expectsPointInTimeHelp')}
            checked={values.expectsPointInTime}
            onChange={(event) => set('expectsPointInTime', event.currentTarget.checked)}
          />
        </FieldBlock>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('form.wikidataProperty')}
          description={t('form.wikidataPropertyHelp')}
          value={values.wikidataProperty}
          onChange={(event) => set('wikidataProperty', event.currentTarget.value.trim().toUpperCase())}
          maxLength={12}
          {...field('/wikidataProperty')}
        />
        <TextInput
          label={t('form.formatterUrl')}
          description={t('form.formatterUrlHelp')}
          placeholder="https://example.org/register/$1"
          value={values.formatterUrl}
          onChange={(event) => set('formatterUrl', event.currentTarget.value)}
          maxLength={500}
          {...field('/formatterUrl')}
        />
      </SimpleGrid>
      {example && (
        <Text size="xs" c="dimmed">
          {t('form.formatterExample')} <ExternalLink url={example} size="xs" />
        </Text>
      )}
    </>
  )
}
