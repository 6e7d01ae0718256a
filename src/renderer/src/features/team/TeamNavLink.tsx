import { Badge, NavLink } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '@renderer/hooks/useNavigation'
import { useTeamStatus } from './team-hooks'

/** The navbar's entry for the team section: a badge for uncommitted records, or for a merge in progress. */
export function TeamNavLink() {
  const { t } = useTranslation('team')
  const { section, goTo } = useNavigation()
  const status = useTeamStatus().data
  const active = section === 'team'
  const badge = status?.mergeInProgress ? (
    <Badge size="sm" color="orange" title={t('nav.merging')}>
      !
    </Badge>
  ) : status?.repository && status.uncommittedRecords > 0 ? (
    <Badge
      size="sm"
      variant={active ? 'filled' : 'light'}
      title={t('nav.uncommitted', { count: status.uncommittedRecords })}
    >
      {status.uncommittedRecords}
    </Badge>
  ) : null
  return (
    <NavLink
      component="button"
      label={t('nav.label')}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={() => goTo('team')}
      rightSection={badge}
      data-testid="nav-team"
    />
  )
}
