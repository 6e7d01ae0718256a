import { Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Property } from '@shared/domain'
import { issuesAt, useFormIssues } from '@renderer/components/FieldIssues/form-issues'
import { IssueList } from '@renderer/components/FieldIssues/IssueList'
import { useField } from '@renderer/components/FieldIssues/useField'
import { propertyLabel } from '@renderer/hooks/useProperties'
import type { QualifierFormValues } from '../statement-model'
import { emptyQualifier } from '../statement-model'
import { ValueInput } from '../ValueInput/ValueInput'

interface QualifiersFieldProps {
  rows: QualifierFormValues[]
  onChange: (rows: QualifierFormValues[]) => void
  properties: readonly Property[]
}

/** Qualifiers narrow a statement down, such as the point in time it was true. */
export function QualifiersField({ rows, onChange, properties }: QualifiersFieldProps) {
  const { t, i18n } = useTranslation('statements')
  const field = useField()
  const sectionIssues = issuesAt(useFormIssues(), ['/qualifiers'])
  const byId = new Map(properties.map((p) => [p.id, p]))
  // A retired property is not offered for a new qualifier; one already used stays shown.
  const inUse = new Set(rows.map((r) => r.property))
  const data = properties
    .filter((p) => !p.retired || inUse.has(p.id))
    .map((p) => ({ value: p.id, label: propertyLabel(p, p.id, i18n.language) }))
  const pointInTime = properties.find((p) => p.id === 'point-in-time' || p.wikidataProperty === 'P585')
  const update = (index: number, row: QualifierFormValues) =>
    onChange(rows.map((r, i) => (i === index ? row : r)))

  return (
    <Stack gap="xs" data-path="/qualifiers">
      <Text fw={600} size="sm" component="h3" m={0}>
        {t('qualifiers')}
      </Text>
      <IssueList issues={sectionIssues} />
      {rows.map((row, index) => {
        const base = `/qualifiers/${index}`
        const property = row.property ? byId.get(row.property) : undefined
        return (
          <Fieldset key={row.key} legend={t('qualifier', { n: index + 1 })} variant="filled" p="sm">
            <Stack gap="xs">
              <Select
                label={t('qualifierProperty')}
                data={data}
                value={row.property}
                onChange={(id) => update(index, { ...row, property: id })}
                searchable
                {...field(`${base}/property`, base)}
              />
              {row.property && (
                <ValueInput
                  datatype={property?.datatype}
                  value={row.value}
                  onChange={(value) => update(index, { ...row, value })}
                  path={`${base}/value`}
                  defaultUnit={property?.unit}
                />
              )}
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-xs"
                  aria-label={t('removeQualifier', { n: index + 1 })}
                  onClick={() => onChange(rows.filter((_r, i) => i !== index))}
                >
                  {t('remove')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        )
      })}
      <Group gap="xs">
        <Button variant="light" size="xs" onClick={() => onChange([...rows, emptyQualifier()])}>
          {t('addQualifier')}
        </Button>
        {pointInTime && !rows.some((r) => r.property === pointInTime.id) && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => onChange([...rows, emptyQualifier(pointInTime.id)])}
          >
            {t('addPointInTime')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
