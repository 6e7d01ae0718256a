import { useMemo, useState } from 'react'
import type { ComponentType } from 'react'
import { AppShell } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { AppHeader } from './components/AppHeader/AppHeader'
import { AppNavbar } from './components/AppNavbar/AppNavbar'
import { RecordDrawer } from './components/RecordDrawer/RecordDrawer'
import { SitesPage } from './features/sites/SitesPage/SitesPage'
import { SourcesPage } from './features/sources/SourcesPage/SourcesPage'
import { StatementsPage } from './features/statements/StatementsPage/StatementsPage'
import { useDatasetEvents } from './hooks/useDatasetEvents'
import type { Navigation, Section, Selection } from './hooks/useNavigation'
import { NavigationContext, SECTION_OF } from './hooks/useNavigation'

const PAGES: Record<Section, ComponentType> = {
  sites: SitesPage,
  sources: SourcesPage,
  statements: StatementsPage,
}

/** The shell: header, navigation, the section's table, and the open record in a drawer. */
export function App() {
  const [section, setSection] = useState<Section>('sites')
  const [selection, setSelection] = useState<Selection | null>(null)
  const [navOpened, nav] = useDisclosure(false)
  useDatasetEvents()

  const navigation = useMemo<Navigation>(
    () => ({
      section,
      selection,
      goTo: (next) => {
        setSection(next)
        setSelection(null)
        nav.close()
      },
      openRecord: (kind, id) => {
        setSection(SECTION_OF[kind])
        setSelection({ kind, id })
      },
      closeRecord: () => setSelection(null),
    }),
    [section, selection, nav],
  )

  const Page = PAGES[section]
  return (
    <NavigationContext value={navigation}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 220, breakpoint: 'xs', collapsed: { mobile: !navOpened } }}
        padding={0}
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="Sections">
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main>
          <Page />
        </AppShell.Main>
      </AppShell>
      <RecordDrawer />
    </NavigationContext>
  )
}
