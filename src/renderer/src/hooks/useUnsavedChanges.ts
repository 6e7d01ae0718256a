import { createContext, useContext, useEffect } from 'react'
import { useRecordLevel } from './useNavigation'

/** The owner of edits made outside any drawer level. */
export const DEFAULT_OWNER = 'default'

/**
 * Keeps a curator's unsaved form edits from being dropped without asking. Each open form is an
 * owner (its drawer level): a statement drawer over a site asks only about its own edits.
 */
export interface UnsavedChanges {
  /** The open form reports whether it differs from the record it was opened with. */
  setDirty(dirty: boolean, owner?: string): void
  /** After a save: the form's edits are in the dataset now. Without an owner, every form's. */
  markClean(owner?: string): void
  /**
   * Runs `action` at once when nothing is unsaved; otherwise asks first, and runs it only on
   * "Discard". With an owner, only that form's edits count.
   */
  confirmDiscard(action: () => void, owner?: string): void
}

export const UnsavedChangesContext = createContext<UnsavedChanges | null>(null)

export function useUnsavedChanges(): UnsavedChanges {
  const context = useContext(UnsavedChangesContext)
  if (!context) throw new Error('useUnsavedChanges needs an UnsavedChangesProvider')
  return context
}

/** The owner the forms of this drawer level report under. */
export function useDirtyOwner(): string {
  return useRecordLevel()?.key ?? DEFAULT_OWNER
}

/** Tells the provider, for as long as the form is mounted, whether it holds unsaved edits. */
export function useReportDirty(dirty: boolean): void {
  const { setDirty } = useUnsavedChanges()
  const owner = useDirtyOwner()
  useEffect(() => {
    setDirty(dirty, owner)
    return () => setDirty(false, owner)
  }, [dirty, setDirty, owner])
}
