import type { ReactNode } from 'react'
import {
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MONOSPACE_INPUT } from '../property-text'
import type { Property } from '@shared/domain'
import { issuesAt, useFormIssues } from '@renderer/components/FieldIssues/form-issues'
import { IssueList } from '@renderer/components/FieldIssues/IssueList'
import { useLabels } from '@renderer/i18n/useLabels'
import { CATEGORIES } from '@renderer/lib/labels'
import { localPropertyLabel } from '../property-text'
import {
  CONSTRAINT_TYPES,
  constraintPath,
  type ConstraintLevel,
  type ConstraintType,
  type PropertyFormValues,
  type SetPropertyField,
} from '../property-model'

interface ConstraintsFieldsProps {
  values: PropertyFormValues
  set: SetPropertyField
  /** Every property, for required qualifiers. */
  properties: readonly Property[]
}

const LEVELS: readonly ConstraintLevel[] = ['', 'warning', 'error']

/** Each constraint: off, a warning or an error, and what it needs (the bounds, the pattern, ...). */
export function ConstraintsFields({ values, set, properties }: ConstraintsFieldsProps) {
  const { t, i18n } = useTranslation('properties')
  const labels = useLabels()
  const issues = useFormIssues()
  const setLevel = (type: ConstraintType, level: ConstraintLevel) =>
    set('levels', { ...values.levels, [type]: level })
  const settings: Partial<Record<ConstraintType, ReactNode>> = {
    'allowed-subjects': (
      <MultiSelect
        label={t('form.categories')}
        placeholder={values.categories.length === 0 ? t('form.categoriesPlaceholder') : undefined}
        data={CATEGORIES.map((value) => ({ value, label: labels.category(value) }))}
        value={values.categories}
        onChange={(categories) => set('categories', categories)}
      />
    ),
    range: (
      <Group grow align="flex-start">
        <NumberInput
          label={t('form.minimum')}
          value={values.minimum}
          onChange={(value) => set('minimum', value)}
          hideControls
        />
        <NumberInput
          label={t('form.maximum')}
          value={values.maximum}
          onChange={(value) => set('maximum', value)}
          hideControls
        />
      </Group>
    ),
    pattern: (
      <TextInput
        label={t('form.pattern')}
        value={values.pattern}
        onChange={(event) => set('pattern', event.currentTarget.value)}
        styles={MONOSPACE_INPUT}
        maxLength={500}
      />
    ),
    'required-qualifiers': (
      <MultiSelect
        label={t('form.qualifierProperties')}
        data={properties
          .filter((p) => !p.retired || values.qualifierProperties.includes(p.id))
          .map((p) => ({ value: p.id, label: localPropertyLabel(p, i18n.language) }))}
        value={values.qualifierProperties}
        onChange={(ids) => set('qualifierProperties', ids)}
        searchable
      />
    ),
  }
  return (
    <Stack gap="xs" data-path="/constraints">
      <Text fw={600} size="sm" component="h3" m={0}>
        {t('form.constraintsSection')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('form.constraintsHelp')}
      </Text>
      <IssueList issues={issuesAt(issues, ['/constraints'])} />
      {CONSTRAINT_TYPES.map((type) => {
        const level = values.levels[type]
        const path = constraintPath(values, type)
        const name = t(`constraint.${type}`)
        return (
          <Fieldset key={type} variant="filled" p="sm" data-path={path} data-constraint={type}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`constraintHelp.${type}`)}
                </Text>
              </div>
              <SegmentedControl
                size="xs"
                aria-label={t('levelLabel', { constraint: name })}
                data={LEVELS.map((value) => ({ value, label: t(`level.${value || 'off'}`) }))}
                value={level}
                onChange={(value) => setLevel(type, value as ConstraintLevel)}
                color={level === 'error' ? 'red' : level === 'warning' ? 'orange' : undefined}
                style={{ flexShrink: 0 }}
              />
            </Group>
            {level && settings[type] && <div style={{ marginTop: 8 }}>{settings[type]}</div>}
            {path && <IssueList issues={issuesAt(issues, [path])} />}
          </Fieldset>
        )
      })}
    </Stack>
  )
}
