import { useMemo, useState } from 'react'
import type { ComponentType } from 'react'
import { AppShell } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { AppHeader } from './components/AppHeader/AppHeader'
import { AppNavbar } from './components/AppNavbar/AppNavbar'
import { OutsideChanges } from './components/OutsideChanges/OutsideChanges'
import { ReadOnlyBanner } from './components/ReadOnlyBanner/ReadOnlyBanner'
import { RecordDrawer } from './components/RecordDrawer/RecordDrawer'
import { StatusBar } from './components/StatusBar/StatusBar'
import { WelcomeModal } from './components/WelcomeModal/WelcomeModal'
import { UnsavedChangesProvider } from './components/UnsavedChanges/UnsavedChangesProvider'
import { KeyboardLayer } from './features/palette/KeyboardLayer'
import { CountriesSection } from './features/countries/CountriesSection'
import { ProblemsPage } from './features/problems/ProblemsPage/ProblemsPage'
import { DuplicatesPage } from './features/duplicates/DuplicatesPage/DuplicatesPage'
import { PropertiesPage } from './features/properties/PropertiesPage/PropertiesPage'
import { SitesPage } from './features/sites/SitesPage/SitesPage'
import { SourcesPage } from './features/sources/SourcesPage/SourcesPage'
import { StatementsPage } from './features/statements/StatementsPage/StatementsPage'
import { TeamPage } from './features/team/TeamPage'
import type { Navigation, Section, Selection } from './hooks/useNavigation'
import { NavigationContext } from './hooks/useNavigation'
import { useUnsavedChanges } from './hooks/useUnsavedChanges'
import { levelKey } from './components/RecordDrawer/record-level'
import { useApplyInterfacePreferences } from './i18n/useInterfacePreferences'

const PAGES: Record<Section, ComponentType> = {
  sites: SitesPage,
  sources: SourcesPage,
  statements: StatementsPage,
  countries: CountriesSection,
  problems: ProblemsPage,
  duplicates: DuplicatesPage,
  team: TeamPage,
  properties: PropertiesPage,
}

/** The app: a guard against losing unsaved edits around the shell. */
export function App() {
  return (
    <UnsavedChangesProvider>
      <Shell />
    </UnsavedChangesProvider>
  )
}

/** The shell: header, navigation, the section's page, the open records in drawers, the status bar. */
function Shell() {
  const { t } = useTranslation('shell')
  const [section, setSection] = useState<Section>('sites')
  const [country, setCountry] = useState<string | null>(null)
  const [stack, setStack] = useState<Selection[]>([])
  const [navOpened, nav] = useDisclosure(false)
  const { confirmDiscard } = useUnsavedChanges()
  useApplyInterfacePreferences()

  // Every way of leaving an open record goes through the guard, which asks when edits are unsaved.
  const navigation = useMemo<Navigation>(() => {
    const top = stack.length - 1
    return {
      section,
      country,
      stack,
      selection: stack[top] ?? null,
      goTo: (next) =>
        confirmDiscard(() => {
          setSection(next)
          setCountry(null)
          setStack([])
          nav.close()
        }),
      openCountry: (code) =>
        confirmDiscard(() => {
          setSection('countries')
          setCountry(code)
          setStack([])
        }),
      openRecord: (kind, id, options) => confirmDiscard(() => setStack([{ ...options, kind, id }])),
      openOver: (kind, id, options) => setStack((current) => [...current, { ...options, kind, id }]),
      replaceRecord: (kind, id) =>
        setStack((current) => [...current.slice(0, -1), { kind, id, tab: current.at(-1)?.tab }]),
      closeRecord: () => {
        if (top < 0) return
        const owner = levelKey(top, stack[top] as Selection)
        confirmDiscard(() => setStack((current) => current.slice(0, -1)), owner)
      },
      closeAll: () => confirmDiscard(() => setStack([])),
    }
  }, [section, country, stack, nav, confirmDiscard])

  const Page = PAGES[section]
  return (
    <NavigationContext value={navigation}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 220, breakpoint: 'xs', collapsed: { mobile: !navOpened } }}
        footer={{ height: 32 }}
        padding={0}
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('sectionsNav')}>
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main h="100dvh" display="flex" style={{ flexDirection: 'column' }}>
          <ReadOnlyBanner />
          <Page />
        </AppShell.Main>
        <AppShell.Footer>
          <StatusBar />
        </AppShell.Footer>
      </AppShell>
      <RecordDrawer />
      <OutsideChanges />
      <KeyboardLayer />
      <WelcomeModal />
    </NavigationContext>
  )
}
