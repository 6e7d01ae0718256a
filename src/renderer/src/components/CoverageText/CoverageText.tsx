import { Group, Progress, Text, Tooltip } from '@mantine/core'
import type { CitationCoverage, ItemRef } from '../../../../shared/domain'
import { useCoverage } from '../../hooks/useReview'

/** "83% (5 of 6 statements)"; deprecated statements are not counted. */
export function coverageText({ statements, referenced }: CitationCoverage): string {
  if (statements === 0) return 'no statements yet'
  const share = Math.floor((referenced / statements) * 100)
  return `${share}% (${referenced.toLocaleString('en')} of ${statements.toLocaleString('en')} statement${statements === 1 ? '' : 's'})`
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
  const coverage = useCoverage(subject).data
  if (!coverage) return null
  const share = coverage.statements === 0 ? 0 : (coverage.referenced / coverage.statements) * 100
  const color = share === 100 ? 'teal' : share >= 75 ? 'yellow' : 'red'
  return (
    <Tooltip label="Statements with at least one reference; deprecated ones are not counted" withArrow>
      <Group gap={8} wrap="nowrap" data-testid={subject ? 'record-coverage' : 'dataset-coverage'}>
        {withBar && coverage.statements > 0 && (
          <Progress value={share} color={color} w={64} size="sm" aria-hidden />
        )}
        <Text size={size} tabIndex={0} style={{ whiteSpace: 'nowrap' }}>
          {bare ? coverageText(coverage) : `Citation coverage: ${coverageText(coverage)}`}
        </Text>
      </Group>
    </Tooltip>
  )
}
