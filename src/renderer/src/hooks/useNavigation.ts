import { createContext, useContext } from 'react'
import type { RecordKind } from '../../../shared/result'

export type Section = 'sites' | 'sources' | 'statements'
export type EditableKind = Exclude<RecordKind, 'property'>

/** The record open in the detail view; a null id is a new record. */
export interface Selection {
  kind: EditableKind
  id: string | null
}

export interface Navigation {
  section: Section
  selection: Selection | null
  goTo(section: Section): void
  openRecord(kind: EditableKind, id: string | null): void
  closeRecord(): void
}

export const SECTION_OF: Record<EditableKind, Section> = {
  site: 'sites',
  source: 'sources',
  statement: 'statements',
}

export const NavigationContext = createContext<Navigation | null>(null)

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation needs a NavigationContext provider')
  return navigation
}
