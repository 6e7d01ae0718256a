import {
  Chip,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  TagsInput,
  TextInput,
} from '@mantine/core'
import { FieldGroup } from '../../../components/FieldGroup/FieldGroup'
import { useField } from '../../../components/FieldIssues/useField'
import { CATEGORY_LABELS, CRITERIA, REGIONS, criterionLabel } from '../../../lib/labels'
import type { SetSiteField, SiteFormValues } from '../site-model'

export interface SiteFieldsProps {
  values: SiteFormValues
  set: SetSiteField
}

const CATEGORY_DATA = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }))

function upperCodes(codes: string[]): string[] {
  return [...new Set(codes.map((code) => code.trim().toUpperCase()).filter(Boolean))]
}

/** Names, identifiers and the inscription: what the World Heritage List says about the site. */
export function SiteIdentityFields({ values, set, languages }: SiteFieldsProps & { languages: string[] }) {
  const field = useField()
  return (
    <>
      {languages.map((lang, index) => (
        <TextInput
          key={lang}
          label={`Name (${lang})`}
          lang={lang}
          value={values.names[lang] ?? ''}
          onChange={(event) => set('names', { ...values.names, [lang]: event.currentTarget.value })}
          {...(index === 0 ? field(`/name/${lang}`, '/name') : field(`/name/${lang}`))}
        />
      ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="UNESCO id"
          description="id_no on the World Heritage List"
          value={values.unescoId}
          onChange={(value) => set('unescoId', value)}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          {...field('/unescoId')}
        />
        <TagsInput
          label="States parties"
          description="ISO codes such as CN, FR"
          value={values.statesParties}
          onChange={(codes) => set('statesParties', upperCodes(codes))}
          splitChars={[',', ' ', ';']}
          {...field('/statesParties')}
        />
      </SimpleGrid>
      <MultiSelect
        label="Regions"
        data={REGIONS as string[]}
        value={values.regions}
        onChange={(regions) => set('regions', regions)}
        {...field('/regions')}
      />
      <FieldGroup label="Category" {...field('/category')}>
        {(a11y) => (
          <SegmentedControl
            {...a11y}
            data={CATEGORY_DATA}
            value={values.category}
            onChange={(value) => set('category', value as SiteFormValues['category'])}
          />
        )}
      </FieldGroup>
      <FieldGroup
        label="Criteria"
        description="Cultural (i)–(vi), natural (vii)–(x), mixed at least one of each"
        {...field('/criteria')}
      >
        {(a11y) => (
          <Chip.Group multiple value={values.criteria} onChange={(criteria) => set('criteria', criteria)}>
            <Group gap={6} role="group" {...a11y}>
              {CRITERIA.map((criterion) => (
                <Chip key={criterion} value={criterion} size="sm" variant="outline">
                  {criterionLabel(criterion)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        )}
      </FieldGroup>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Year inscribed"
          value={values.yearInscribed}
          onChange={(value) => set('yearInscribed', value)}
          allowDecimal={false}
          allowNegative={false}
          max={9999}
          clampBehavior="strict"
          hideControls
          {...field('/yearInscribed')}
        />
        <TagsInput
          label="Extension years"
          value={values.extensionYears}
          onChange={(years) => set('extensionYears', [...new Set(years.map((year) => year.trim()))])}
          splitChars={[',', ' ', ';']}
          {...field('/extensionYears')}
        />
      </SimpleGrid>
    </>
  )
}
