import { Group, Select, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Property } from '@shared/domain'
import { useField } from '@renderer/components/FieldIssues/useField'
import { RecordPicker } from '@renderer/components/RecordPicker/RecordPicker'
import { propertyDescription, propertyLabel } from '@renderer/hooks/useProperties'
import { useCountryName } from '@renderer/lib/countries'
import type { SetStatementField, StatementFormValues } from '../statement-model'
import { offeredFor } from '@shared/property-scope'
import { PropertySuggestions } from './PropertySuggestions'

interface SubjectFieldsProps {
  values: StatementFormValues
  set: SetStatementField
  properties: readonly Property[]
}

const SUBJECT_KINDS = ['country', 'site'] as const

/** What the statement is about (a country or a site) and what it says (the property). */
export function SubjectFields({ values, set, properties }: SubjectFieldsProps) {
  const { t, i18n } = useTranslation('statements')
  const countryName = useCountryName()
  const field = useField()
  // Qualifier-only and retired properties are never offered (one already chosen stays shown).
  const usable = properties.filter((p) => offeredFor(p, values.subjectKind) || p.id === values.property)
  const byId = new Map(properties.map((p) => [p.id, p]))
  const subject =
    values.subjectKind === 'site'
      ? values.siteId
        ? { kind: 'site' as const, id: values.siteId }
        : null
      : /^[A-Z]{2}$/.test(values.countryCode)
        ? { kind: 'country' as const, code: values.countryCode }
        : null
  const data = usable
    .map((p) => ({ value: p.id, label: propertyLabel(p, p.id, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language))
  const chosen = properties.find((p) => p.id === values.property)
  const description = propertyDescription(chosen, i18n.language)
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('subject')}
          data={SUBJECT_KINDS.map((value) => ({ value, label: t(`subjectKind.${value}`) }))}
          value={values.subjectKind}
          onChange={(kind) => kind && set('subjectKind', kind as StatementFormValues['subjectKind'])}
          allowDeselect={false}
          {...field('/subject/kind', '/subject')}
        />
        {values.subjectKind === 'country' ? (
          <TextInput
            label={t('countryCode')}
            placeholder={t('countryCodeHint')}
            rightSection={
              /^[A-Z]{2}$/.test(values.countryCode) ? (
                <Text size="sm" c="dimmed" truncate="end">
                  {countryName(values.countryCode)}
                </Text>
              ) : null
            }
            rightSectionWidth={160}
            rightSectionPointerEvents="none"
            styles={{ section: { justifyContent: 'flex-end', paddingRight: 12 } }}
            value={values.countryCode}
            onChange={(event) => set('countryCode', event.currentTarget.value.toUpperCase())}
            maxLength={2}
            {...field('/subject/code')}
          />
        ) : (
          <RecordPicker
            kind="site"
            label={t('site')}
            value={values.siteId}
            onChange={(id) => set('siteId', id)}
            {...field('/subject/id')}
          />
        )}
      </Group>
      <Select
        label={t('property')}
        description={description}
        data={data}
        value={values.property}
        onChange={(id) => set('property', id)}
        searchable
        nothingFoundMessage={t('noProperty')}
        {...field('/property')}
      />
      {!values.property && (
        <PropertySuggestions subject={subject} byId={byId} onPick={(id) => set('property', id)} />
      )}
    </>
  )
}
