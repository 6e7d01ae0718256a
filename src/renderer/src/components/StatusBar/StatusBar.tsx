import { Group, Text, UnstyledButton } from '@mantine/core'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useProblemCounts } from '@renderer/hooks/useReview'
import { SEVERITY_ORDER } from '@renderer/lib/issues'
import { useLabels } from '@renderer/i18n/useLabels'
import { useTranslation } from 'react-i18next'
import { severityTextClass } from '../SeverityBadge/SeverityBadge'
import { CoverageText } from '../CoverageText/CoverageText'
import classes from './StatusBar.module.css'

/** The status bar: the dataset's citation coverage, and its open problems (a click shows them). */
export function StatusBar() {
  const { t } = useTranslation('shell')
  const { severityCount } = useLabels()
  const counts = useProblemCounts()
  const { goTo } = useNavigation()
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md" className={classes.bar}>
      <CoverageText size="xs" withBar />
      {counts && (
        <UnstyledButton
          onClick={() => goTo('problems')}
          className={classes.problems}
          aria-label={t('status.problems', {
            counts: SEVERITY_ORDER.map((s) => severityCount(s, counts[s])).join(t('listSeparator')),
          })}
        >
          <Group gap="sm" wrap="nowrap">
            {SEVERITY_ORDER.map((severity) => (
              <Text
                key={severity}
                size="xs"
                className={severityTextClass}
                data-severity={severity}
                data-none={counts[severity] === 0 || undefined}
              >
                {severityCount(severity, counts[severity])}
              </Text>
            ))}
          </Group>
        </UnstyledButton>
      )}
    </Group>
  )
}
