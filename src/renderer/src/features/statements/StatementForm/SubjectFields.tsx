import { Group, Select, Text, TextInput } from '@mantine/core'
import type { Property } from '../../../../../shared/domain'
import { useField } from '../../../components/FieldIssues/useField'
import { RecordPicker } from '../../../components/RecordPicker/RecordPicker'
import { propertyLabel } from '../../../hooks/useProperties'
import { countryName } from '../../../lib/countries'
import type { SetStatementField, StatementFormValues } from '../statement-model'

interface SubjectFieldsProps {
  values: StatementFormValues
  set: SetStatementField
  properties: readonly Property[]
}

const SUBJECT_KINDS = [
  { value: 'country', label: 'Country' },
  { value: 'site', label: 'Site' },
]

/** What the statement is about (a country or a site) and what it says (the property). */
export function SubjectFields({ values, set, properties }: SubjectFieldsProps) {
  const field = useField()
  const usable = properties.filter(
    (p) => !p.subjects || p.subjects.includes(values.subjectKind) || p.id === values.property,
  )
  const data = usable
    .map((p) => ({ value: p.id, label: propertyLabel(p) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'))
  const chosen = properties.find((p) => p.id === values.property)
  const description = chosen?.description?.en
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label="Subject"
          data={SUBJECT_KINDS}
          value={values.subjectKind}
          onChange={(kind) => kind && set('subjectKind', kind as StatementFormValues['subjectKind'])}
          allowDeselect={false}
          {...field('/subject/kind', '/subject')}
        />
        {values.subjectKind === 'country' ? (
          <TextInput
            label="Country code"
            placeholder="ISO code, such as CN"
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
            label="Site"
            value={values.siteId}
            onChange={(id) => set('siteId', id)}
            {...field('/subject/id')}
          />
        )}
      </Group>
      <Select
        label="Property"
        description={description}
        data={data}
        value={values.property}
        onChange={(id) => set('property', id)}
        searchable
        nothingFoundMessage="No such property"
        {...field('/property')}
      />
    </>
  )
}
