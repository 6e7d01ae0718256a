import { Group, Progress, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CitationCoverage, ItemRef } from '@shared/domain'
import { useFormat } from '@renderer/i18n/format'
import { useCoverage } from '@renderer/hooks/useReview'

/** "83% (5 of 6 statements)" in the interface language; deprecated statements are not counted. */
export function useCoverageText(): (coverage: CitationCoverage) => string {
  const { t } = useTranslation('shell')
  const format = useFormat()
  return ({ statements, referenced }) => {
    if (statements === 0) return t('coverage.none')
    // Rounded down, so that 99.6% never reads as complete.
    const share = format.percent(Math.floor((referenced / statements) * 100) / 100)
    return t('coverage.text', { share, referenced, count: statements })
  }
}

interface CoverageTextProps {
  /** A site or a country; the whole dataset without it. */
  subject?: ItemRef
  size?: 'xs' | 'sm'
  /** A bar beside the text. */
  withBar?: boolean
  /** Without "Citation coverage:", under a column that says it already. */
  bare?: boolean
}

/** "Citation coverage: 83% (5 of 6 statements)": the share of statements with a reference. */
export function CoverageText({ subject, size = 'sm', withBar = false, bare = false }: CoverageTextProps) {
  const { t } = useTranslation('shell')
  const coverageText = useCoverageText()
  const coverage = useCoverage(subject).data
  if (!coverage) return null
  const share = coverage.statements === 0 ? 0 : (coverage.referenced / coverage.statements) * 100
  const color = share === 100 ? 'teal' : share >= 75 ? 'yellow' : 'red'
  const text = coverageText(coverage)
  return (
    <Tooltip label={t('coverage.tooltip')} withArrow>
      <Group gap={8} wrap="nowrap" data-testid={subject ? 'record-coverage' : 'dataset-coverage'}>
        {withBar && coverage.statements > 0 && (
          <Progress value={share} color={color} w={64} size="sm" aria-hidden />
        )}
        <Text size={size} tabIndex={0} style={{ whiteSpace: 'nowrap' }}>
          {bare ? text : t('coverage.label', { text })}
        </Text>
      </Group>
    </Tooltip>
  )
}
