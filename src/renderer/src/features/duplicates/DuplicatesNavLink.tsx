import { NavLink } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '@renderer/hooks/useNavigation'

/** The navbar's entry for the Duplicates page. */
export function DuplicatesNavLink() {
  const { t } = useTranslation('duplicates')
  const { section, goTo } = useNavigation()
  const active = section === 'duplicates'
  return (
    <NavLink
      component="button"
      label={t('nav')}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={() => goTo('duplicates')}
    />
  )
}
