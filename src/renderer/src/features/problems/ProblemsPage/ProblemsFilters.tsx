import { Group, SegmentedControl, Select, Switch } from '@mantine/core'
import type { ProblemsPage as ProblemsData } from '../../../../../shared/domain'
import type { RecordKind, Severity } from '../../../../../shared/result'
import { FieldGroup } from '../../../components/FieldGroup/FieldGroup'
import { SEVERITY_LABELS, SEVERITY_ORDER } from '../../../lib/issues'
import { ruleTitle } from '../../../lib/rules'

export interface ProblemFilters {
  severity: Severity | null
  rule: string | null
  kind: RecordKind | null
  includeAcknowledged: boolean
}

const KIND_OPTIONS = [
  { value: 'site', label: 'Sites' },
  { value: 'source', label: 'Sources' },
  { value: 'statement', label: 'Statements' },
]

interface ProblemsFiltersProps {
  filters: ProblemFilters
  onChange: (next: ProblemFilters) => void
  data: ProblemsData | undefined
}

/** Severity, rule, kind of record, and whether acknowledged warnings are listed too. */
export function ProblemsFilters({ filters, onChange, data }: ProblemsFiltersProps) {
  const set = (change: Partial<ProblemFilters>) => onChange({ ...filters, ...change })
  const severityData = [
    { value: 'all', label: 'All' },
    ...SEVERITY_ORDER.map((severity) => ({
      value: severity,
      label: `${SEVERITY_LABELS[severity]}s${data ? ` ${data.bySeverity[severity]}` : ''}`,
    })),
  ]
  const rules = (data?.byRule ?? [])
    .filter((entry) => !filters.severity || entry.severity === filters.severity)
    .map((entry) => ({ value: entry.rule, label: `${ruleTitle(entry.rule)} (${entry.count})` }))
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <FieldGroup label="Severity">
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
        label="Rule"
        placeholder="Every rule"
        data={rules}
        value={filters.rule}
        onChange={(rule) => set({ rule })}
        clearable
        size="xs"
        w={280}
      />
      <Select
        label="Record"
        placeholder="Every kind"
        data={KIND_OPTIONS}
        value={filters.kind}
        onChange={(kind) => set({ kind: kind as RecordKind | null })}
        clearable
        size="xs"
        w={150}
      />
      <Switch
        label="Show acknowledged warnings"
        checked={filters.includeAcknowledged}
        onChange={(event) => set({ includeAcknowledged: event.currentTarget.checked })}
        mb={4}
      />
    </Group>
  )
}
