import { Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import type { ProblemsPage as ProblemsData } from '@shared/domain'
import type { Severity } from '@shared/result'
import { SeverityBadge, severityTextClass } from '@renderer/components/SeverityBadge/SeverityBadge'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@renderer/i18n/format'
import { SEVERITY_ORDER } from '@renderer/lib/issues'
import { useRuleText } from '@renderer/lib/rules'
import classes from './ProblemsPage.module.css'

interface ProblemsByRuleProps {
  data: ProblemsData
  rule: string | null
  onRule: (rule: string | null, severity: Severity) => void
}

/** The dataset's problems counted by severity, then by rule; a rule filters the list. */
export function ProblemsByRule({ data, rule, onRule }: ProblemsByRuleProps) {
  const { t } = useTranslation('problems')
  const { title } = useRuleText()
  const format = useFormat()
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="problems-by-rule">
      <Title order={3} size="h5" id="problems-by-rule" mb="xs">
        {t('byRule')}
      </Title>
      <Stack gap="sm">
        {SEVERITY_ORDER.map((severity) => {
          const rules = data.byRule.filter((entry) => entry.severity === severity)
          return (
            <div key={severity}>
              <Group justify="space-between" mb={2}>
                <SeverityBadge severity={severity} />
                <Text
                  size="sm"
                  fw={600}
                  className={severityTextClass}
                  data-severity={severity}
                  data-none={data.bySeverity[severity] === 0 || undefined}
                >
                  {format.number(data.bySeverity[severity])}
                </Text>
              </Group>
              {rules.length === 0 && (
                <Text size="xs" c="dimmed" pl={8}>
                  {t(`noneOf.${severity}`)}
                </Text>
              )}
              {rules.map((entry) => (
                <UnstyledButton
                  key={entry.rule}
                  className={classes.ruleButton}
                  data-active={entry.rule === rule || undefined}
                  aria-pressed={entry.rule === rule}
                  onClick={() => onRule(entry.rule === rule ? null : entry.rule, severity)}
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" lh={1.3}>
                        {title(entry.rule)}
                      </Text>
                      <Text className={classes.rule}>{entry.rule}</Text>
                    </div>
                    <Text size="sm">{format.number(entry.count)}</Text>
                  </Group>
                </UnstyledButton>
              ))}
            </div>
          )
        })}
      </Stack>
    </Paper>
  )
}
