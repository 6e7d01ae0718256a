import { Group, SegmentedControl, Select, Switch } from '@mantine/core'
import type { ProblemsPage as ProblemsData } from '@shared/domain'
import type { RecordKind, Severity } from '@shared/result'
import { FieldGroup } from '@renderer/components/FieldGroup/FieldGroup'
import { useTranslation } from 'react-i18next'
import { SEVERITY_ORDER } from '@renderer/lib/issues'
import { useRuleText } from '@renderer/lib/rules'

export interface ProblemFilters {
  severity: Severity | null
  rule: string | null
  kind: RecordKind | null
  includeAcknowledged: boolean
}

const KINDS = ['site', 'source', 'statement'] as const

interface ProblemsFiltersProps {
  filters: ProblemFilters
  onChange: (next: ProblemFilters) => void
  data: ProblemsData | undefined
}

/** Severity, rule, kind of record, and whether acknowledged warnings are listed too. */
export function ProblemsFilters({ filters, onChange, data }: ProblemsFiltersProps) {
  const { t } = useTranslation('problems')
  const { title } = useRuleText()
  const set = (change: Partial<ProblemFilters>) => onChange({ ...filters, ...change })
  const severityData = [
    { value: 'all', label: t('filters.all') },
    ...SEVERITY_ORDER.map((severity) => ({
      value: severity,
      label: data
        ? t('filters.withCount', {
            label: t(`filters.severityOption.${severity}`),
            count: data.bySeverity[severity],
          })
        : t(`filters.severityOption.${severity}`),
    })),
  ]
  const rules = (data?.byRule ?? [])
    .filter((entry) => !filters.severity || entry.severity === filters.severity)
    .map((entry) => ({
      value: entry.rule,
      label: t('filters.ruleOption', { title: title(entry.rule), count: entry.count }),
    }))
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" style={{ flex: 'none' }}>
      <FieldGroup label={t('filters.severity')}>
        {(a11y) => (
          <SegmentedControl
            {...a11y}
            size="xs"
            data={severityData}
            value={filters.severity ?? 'all'}
            onChange={(value) => set({ severity: value === 'all' ? null : (value as Severity), rule: null })}
          />
        )}
      </FieldGroup>
      <Select
        label={t('filters.rule')}
        placeholder={t('filters.everyRule')}
        data={rules}
        value={filters.rule}
        onChange={(rule) => set({ rule })}
        clearable
        size="xs"
        w={240}
      />
      <Select
        label={t('filters.record')}
        placeholder={t('filters.everyKind')}
        data={KINDS.map((value) => ({ value, label: t(`filters.kind.${value}`) }))}
        value={filters.kind}
        onChange={(kind) => set({ kind: kind as RecordKind | null })}
        clearable
        size="xs"
        w={150}
      />
      <Switch
        label={t('filters.acknowledged')}
        checked={filters.includeAcknowledged}
        onChange={(event) => set({ includeAcknowledged: event.currentTarget.checked })}
        mb={4}
      />
    </Group>
  )
}
