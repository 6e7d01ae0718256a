import { Badge, NavLink } from '@mantine/core'
import type { RecordKind } from '../../../../shared/result'
import type { Section } from '../../hooks/useNavigation'
import { useNavigation } from '../../hooks/useNavigation'
import { useDatasetInfo } from '../../hooks/useRecords'

const SECTIONS: Array<{ section: Section; label: string; kind: RecordKind }> = [
  { section: 'sites', label: 'Sites', kind: 'site' },
  { section: 'sources', label: 'Sources', kind: 'source' },
  { section: 'statements', label: 'Statements', kind: 'statement' },
]

/** The sections, each with the number of records the dataset holds. */
export function AppNavbar() {
  const { section, goTo } = useNavigation()
  const counts = useDatasetInfo().data?.counts
  return (
    <nav>
      {SECTIONS.map((item) => {
        const active = item.section === section
        return (
          <NavLink
            key={item.section}
            component="button"
            label={item.label}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={() => goTo(item.section)}
            rightSection={
              counts ? (
                <Badge
                  size="sm"
                  variant={active ? 'filled' : 'light'}
                  color={active ? undefined : 'gray'}
                  circle={false}
                >
                  {counts[item.kind].toLocaleString('en')}
                </Badge>
              ) : null
            }
          />
        )
      })}
    </nav>
  )
}
