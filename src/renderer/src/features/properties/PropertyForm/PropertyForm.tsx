import { useMemo } from 'react'
import { Alert, Divider, Switch, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Property } from '@shared/domain'
import { FieldBlock } from '@renderer/components/FieldIssues/useField'
import { RecordFormShell } from '@renderer/components/FormShell/RecordFormShell'
import { useDraft } from '@renderer/hooks/useDraft'
import { useProperties } from '@renderer/hooks/useProperties'
import { useRecordForm } from '@renderer/hooks/useRecordForm'
import { propertyDraft, propertyFieldPaths, propertyFormValues, propertyLanguages } from '../property-model'
import { localPropertyLabel } from '../property-text'
import { usePropertyUsage } from '../usePropertyUsage'
import { ConstraintsFields } from './ConstraintsFields'
import { PropertyKindFields } from './PropertyKindFields'
import { PropertyTextFields } from './PropertyTextFields'

interface PropertyFormProps {
  property: Property | undefined
  /** The dataset's languages: a label and a description field each. */
  languages: readonly string[]
}

/**
 * A property of the registry: its label and description in each dataset language, its datatype
 * and where it is used, its constraints, and retiring it. A property in use cannot be deleted
 * (its statements would lose their meaning): the form offers to retire it instead.
 */
export function PropertyForm({ property, languages }: PropertyFormProps) {
  const { t, i18n } = useTranslation('properties')
  const { properties, byId } = useProperties()
  const usage = usePropertyUsage()?.[property?.id ?? ''] ?? 0
  const { values, set, dirty } = useDraft(() => propertyFormValues(property))
  const langs = useMemo(() => propertyLanguages(property, languages), [property, languages])
  const fieldPaths = useMemo(() => propertyFieldPaths(langs, values), [langs, values])
  const form = useRecordForm({
    kind: 'property',
    id: property?.id ?? null,
    fieldPaths,
    buildDraft: () => propertyDraft(values, property, (id) => byId.has(id)),
    values,
    dirty,
  })

  return (
    <RecordFormShell
      kind="property"
      form={form}
      // A property in use is retired, not deleted.
      recordId={usage === 0 ? property?.id : undefined}
      name={property ? localPropertyLabel(property, i18n.language) : undefined}
    >
      {property?.retired && (
        <Alert color="gray" title={t('badge.retired')}>
          {t('form.retiredHelp')}
        </Alert>
      )}
      <PropertyTextFields values={values} set={set} languages={langs} isNew={!property} />
      <Divider />
      <PropertyKindFields values={values} set={set} usage={usage} />
      <Divider />
      <ConstraintsFields
        values={values}
        set={set}
        properties={properties.filter((p) => p.id !== property?.id)}
      />
      <Divider />
      <FieldBlock path="/retired">
        <Switch
          label={t('form.retired')}
          description={t('form.retiredHelp')}
          checked={values.retired}
          onChange={(event) => set('retired', event.currentTarget.checked)}
        />
      </FieldBlock>
      {property && (
        <Text size="sm" c="dimmed">
          {usage > 0 ? `${t('form.usage', { count: usage })} ${t('form.retireInstead')}` : t('form.unused')}
        </Text>
      )}
    </RecordFormShell>
  )
}
