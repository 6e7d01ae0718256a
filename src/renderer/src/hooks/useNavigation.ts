import { createContext, useContext } from 'react'
import type { ItemRef } from '@shared/domain'
import type { RecordKind } from '@shared/result'

export type Section =
  'sites' | 'sources' | 'statements' | 'countries' | 'problems' | 'duplicates' | 'properties' | 'team'
/** Every kind of record opens in the drawer: properties too (the Properties page edits them). */
export type EditableKind = RecordKind
export type DrawerTab = 'details' | 'statements' | 'history'

/** What a new statement opened from a site's or a country's page is about. */
export interface StatementPrefill {
  subject: ItemRef
  property?: string
}

export interface OpenOptions {
  /** A JSON pointer: the field to scroll to and focus once the form shows (from the Problems panel). */
  focus?: string
  /** For a new statement: its subject, and its property when added to a property's group. */
  prefill?: StatementPrefill
  /** The drawer tab to show first. */
  tab?: DrawerTab
}

/** A record open in a drawer; a null id is a new record. */
export interface Selection extends OpenOptions {
  kind: EditableKind
  id: string | null
}

export interface Navigation {
  section: Section
  /** The country whose page the Countries section shows (ISO code), or null for the list. */
  country: string | null
  /** The records open in drawers, bottom first: a statement opened from a site sits on the site. */
  stack: Selection[]
  /** The record shown: the top of the stack. */
  selection: Selection | null
  goTo(section: Section): void
  openCountry(code: string | null): void
  /** Opens a record in the drawer, in place of whatever records were open. */
  openRecord(kind: EditableKind, id: string | null, options?: OpenOptions): void
  /** Opens a record over the one shown; closing it goes back to that one. */
  openOver(kind: EditableKind, id: string | null, options?: OpenOptions): void
  /** The record shown becomes another (a new record once saved has its id). */
  replaceRecord(kind: EditableKind, id: string): void
  /** Closes the record shown, going back to the one below it, if any. */
  closeRecord(): void
  /** Closes every open record (another dataset was opened); asks first about unsaved edits. */
  closeAll(): void
}

export const SECTION_OF: Record<EditableKind, Section> = {
  site: 'sites',
  source: 'sources',
  statement: 'statements',
  property: 'properties',
}

export const NavigationContext = createContext<Navigation | null>(null)

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation needs a NavigationContext provider')
  return navigation
}

/** One level of the drawer stack, as the forms inside it see it. */
export interface RecordLevel {
  /** Names the level's unsaved edits, so that closing one drawer asks only about its own. */
  key: string
  /** The field to focus once the form shows. */
  focus?: string
  prefill?: StatementPrefill
  /** True when another record lies below this one. */
  stacked: boolean
  /** True for the record shown; the ones below it are hidden. */
  top: boolean
}

export const RecordLevelContext = createContext<RecordLevel | null>(null)

export function useRecordLevel(): RecordLevel | null {
  return useContext(RecordLevelContext)
}
