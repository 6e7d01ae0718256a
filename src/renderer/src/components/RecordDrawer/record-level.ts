import { createContext, useContext, useEffect } from 'react'
import type { Selection } from '@renderer/hooks/useNavigation'

/** The name of one drawer level's unsaved edits: its depth and its record. */
export function levelKey(index: number, selection: Selection): string {
  return `${index}:${selection.kind}:${selection.id ?? 'new'}`
}

/**
 * Dialogs opened from inside a record drawer (confirmations, the new-source form) hold the
 * drawer open: Escape and the window listeners that Mantine's drawers use would otherwise
 * close the drawer along with the dialog.
 */
export interface DrawerGuard {
  hold(): () => void
  held(): boolean
}

export const DrawerGuardContext = createContext<DrawerGuard | null>(null)

/** Keeps the record drawer open while `opened` is true (a dialog over it is showing). */
export function useHoldDrawer(opened: boolean): void {
  const guard = useContext(DrawerGuardContext)
  useEffect(() => (opened && guard ? guard.hold() : undefined), [opened, guard])
}
