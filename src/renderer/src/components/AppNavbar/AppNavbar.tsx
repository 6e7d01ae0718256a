import { Badge, Divider, NavLink } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecordKind } from '@shared/result'
import type { Section } from '@renderer/hooks/useNavigation'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useDatasetInfo } from '@renderer/hooks/useRecords'
import { useProblemCounts } from '@renderer/hooks/useReview'
import { DuplicatesNavLink } from '@renderer/features/duplicates/DuplicatesNavLink'
import { TeamNavLink } from '@renderer/features/team/TeamNavLink'
import { useFormat } from '@renderer/i18n/format'
import { useLabels } from '@renderer/i18n/useLabels'

const SECTIONS: Array<{
  section: Extract<Section, 'sites' | 'sources' | 'statements' | 'properties'>
  kind: RecordKind
}> = [
  { section: 'sites', kind: 'site' },
  { section: 'sources', kind: 'source' },
  { section: 'statements', kind: 'statement' },
  { section: 'properties', kind: 'property' },
]

function CountBadge({
  active,
  color = 'gray',
  label,
  children,
}: {
  active: boolean
  color?: string
  label?: string
  children: ReactNode
}) {
  return (
    <Badge
      size="sm"
      variant={active ? 'filled' : 'light'}
      color={active ? undefined : color}
      circle={false}
      title={label}
    >
      {children}
    </Badge>
  )
}

/** The sections, each with the number of records the dataset holds; Problems with its open count. */
export function AppNavbar() {
  const { t } = useTranslation('shell')
  const format = useFormat()
  const labels = useLabels()
  const { section, goTo } = useNavigation()
  const counts = useDatasetInfo().data?.counts
  const problems = useProblemCounts()
  const open = problems ? problems.error + problems.warning : undefined
  const item = (target: Section, label: string, badge: ReactNode) => {
    const active = target === section
    return (
      <NavLink
        key={target}
        component="button"
        label={label}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={() => goTo(target)}
        rightSection={badge}
      />
    )
  }
  return (
    <nav>
      {SECTIONS.map(({ section: target, kind }) =>
        item(
          target,
          t(`nav.${target}`),
          counts ? <CountBadge active={target === section}>{format.number(counts[kind])}</CountBadge> : null,
        ),
      )}
      {item('countries', t('nav.countries'), null)}
      <Divider my="xs" />
      {item(
        'problems',
        t('nav.problems'),
        open !== undefined ? (
          <CountBadge
            active={section === 'problems'}
            color={problems?.error ? 'red' : open > 0 ? 'orange' : 'gray'}
            label={t('nav.problemCounts', {
              errors: labels.severityCount('error', problems?.error ?? 0),
              warnings: labels.severityCount('warning', problems?.warning ?? 0),
            })}
          >
            {format.number(open)}
          </CountBadge>
        ) : null,
      )}
      <DuplicatesNavLink />
      <Divider my="xs" />
      <TeamNavLink />
    </nav>
  )
}
