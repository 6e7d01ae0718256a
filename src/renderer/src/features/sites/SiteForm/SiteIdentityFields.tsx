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
import { useTranslation } from 'react-i18next'
import { FieldGroup } from '@renderer/components/FieldGroup/FieldGroup'
import { IdentifierHelp } from '@renderer/components/IdentifierHelp/IdentifierHelp'
import { useField } from '@renderer/components/FieldIssues/useField'
import { useLabels } from '@renderer/i18n/useLabels'
import { CATEGORIES, CRITERIA, REGIONS, criterionLabel } from '@renderer/lib/labels'
import type { SetSiteField, SiteFormValues } from '../site-model'
import { RegionSuggestion } from './RegionSuggestion'

/** The form of a Wikidata item id, as the site schema has it. */
const WIKIDATA_ITEM = /^Q[1-9][0-9]*$/

export interface SiteFieldsProps {
  values: SiteFormValues
  set: SetSiteField
}

function upperCodes(codes: string[]): string[] {
  return [...new Set(codes.map((code) => code.trim().toUpperCase()).filter(Boolean))]
}

/** Names, identifiers and the inscription: what the World Heritage List says about the site. */
export function SiteIdentityFields({ values, set, languages }: SiteFieldsProps & { languages: string[] }) {
  const { t } = useTranslation('sites')
  const labels = useLabels()
  const field = useField()
  return (
    <>
      {languages.map((lang, index) => (
        <TextInput
          key={lang}
          label={t('name', { lang })}
          lang={lang}
          value={values.names[lang] ?? ''}
          onChange={(event) => set('names', { ...values.names, [lang]: event.currentTarget.value })}
          {...(index === 0 ? field(`/name/${lang}`, '/name') : field(`/name/${lang}`))}
        />
      ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('unescoId')}
          description={
            <IdentifierHelp
              kind="site"
              field="unescoId"
              value={values.unescoId}
              valid={typeof values.unescoId === 'number' && values.unescoId > 0}
              help={t('unescoIdHelp')}
            />
          }
          value={values.unescoId}
          onChange={(value) => set('unescoId', value)}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          {...field('/unescoId')}
        />
        <TextInput
          label={t('wikidataId')}
          description={
            <IdentifierHelp
              kind="site"
              field="wikidataId"
              value={values.wikidataId}
              valid={WIKIDATA_ITEM.test(values.wikidataId.trim())}
              help={t('wikidataIdHelp')}
            />
          }
          placeholder="Q12345"
          value={values.wikidataId}
          onChange={(event) => set('wikidataId', event.currentTarget.value.trim().toUpperCase())}
          maxLength={20}
          {...field('/wikidataId')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TagsInput
          label={t('statesParties')}
          description={t('statesPartiesHelp')}
          value={values.statesParties}
          onChange={(codes) => set('statesParties', upperCodes(codes))}
          splitChars={[',', ' ', ';']}
          {...field('/statesParties')}
        />
        <MultiSelect
          label={t('regions')}
          description={
            <RegionSuggestion
              statesParties={values.statesParties}
              regions={values.regions}
              onUse={(regions) => set('regions', regions)}
              help={t('regionsHelp')}
            />
          }
          data={REGIONS.map((value) => ({ value, label: labels.region(value) }))}
          value={values.regions}
          onChange={(regions) => set('regions', regions)}
          {...field('/regions')}
        />
      </SimpleGrid>
      <FieldGroup label={t('category')} {...field('/category')}>
        {(a11y) => (
          <SegmentedControl
            {...a11y}
            data={CATEGORIES.map((value) => ({ value, label: labels.category(value) }))}
            value={values.category}
            onChange={(value) => set('category', value as SiteFormValues['category'])}
          />
        )}
      </FieldGroup>
      <FieldGroup label={t('criteria')} description={t('criteriaHelp')} {...field('/criteria')}>
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
          label={t('yearInscribed')}
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
          label={t('extensionYears')}
          value={values.extensionYears}
          onChange={(years) => set('extensionYears', [...new Set(years.map((year) => year.trim()))])}
          splitChars={[',', ' ', ';']}
          {...field('/extensionYears')}
        />
        <NumberInput
          label={t('yearDelisted')}
          description={t('yearDelistedHelp')}
          value={values.yearDelisted}
          onChange={(value) => set('yearDelisted', value)}
          allowDecimal={false}
          allowNegative={false}
          max={9999}
          clampBehavior="strict"
          hideControls
          {...field('/yearDelisted')}
        />
      </SimpleGrid>
    </>
  )
}
