import { Badge, Divider, NavLink } from '@mantine/core'
import type { ReactNode } from 'react'
import type { RecordKind } from '../../../../shared/result'
import type { Section } from '../../hooks/useNavigation'
import { useNavigation } from '../../hooks/useNavigation'
import { useDatasetInfo } from '../../hooks/useRecords'
import { useProblemCounts } from '../../hooks/useReview'
import { DuplicatesNavLink } from '../../features/duplicates/DuplicatesNavLink'

const SECTIONS: Array<{ section: Section; label: string; kind: RecordKind }> = [
  { section: 'sites', label: 'Sites', kind: 'site' },
  { section: 'sources', label: 'Sources', kind: 'source' },
  { section: 'statements', label: 'Statements', kind: 'statement' },
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
      {SECTIONS.map(({ section: target, label, kind }) =>
        item(
          target,
          label,
          counts ? (
            <CountBadge active={target === section}>{counts[kind].toLocaleString('en')}</CountBadge>
          ) : null,
        ),
      )}
      {item('countries', 'Countries', null)}
      <Divider my="xs" />
      {item(
        'problems',
        'Problems',
        open !== undefined ? (
          <CountBadge
            active={section === 'problems'}
            color={problems?.error ? 'red' : open > 0 ? 'orange' : 'gray'}
            label={`${problems?.error ?? 0} errors and ${problems?.warning ?? 0} warnings`}
          >
            {open.toLocaleString('en')}
          </CountBadge>
        ) : null,
      )}
      <DuplicatesNavLink />
    </nav>
  )
}
