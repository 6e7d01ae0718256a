import { useHotkeys } from '@mantine/hooks'
import { useDatasetInfo } from './useRecords'
import { neighbour, recordSequence } from './useRecordSequence'
import { type EditableKind, type Section, useNavigation } from './useNavigation'

/** The kind of record each section's "New" makes; the other sections have none. */
const KIND_OF_SECTION: Partial<Record<Section, EditableKind>> = {
  sites: 'site',
  sources: 'source',
  statements: 'statement',
  properties: 'property',
}

/**
 * The current table's search box: one marked `data-table-search`, else the first text box of the
 * page (every list page puts its search first).
 */
export function findTableSearch(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('[data-table-search]') ??
    document.querySelector<HTMLInputElement>(
      'main input[type="text"], main input[type="search"], main input:not([type])',
    )
  )
}

/** Focuses and selects the table's search, closing open records first so that it can be seen. */
export function focusTableSearch(closeAll: () => void): boolean {
  closeAll()
  const search = findTableSearch()
  if (!search) return false
  // After the drawer's focus trap has let go.
  window.setTimeout(() => {
    search.focus()
    search.select()
  }, 0)
  return true
}

export interface ShortcutHandlers {
  openShortcutsHelp(): void
}

/**
 * The app-wide shortcuts (the list is in features/palette/shortcut-list.ts): new record, find,
 * next and previous record, the shortcuts help. Ctrl/Cmd+K belongs to the palette, Ctrl/Cmd+Z to
 * useUndoRedo, Escape to the drawer, Ctrl/Cmd+S and Ctrl/Cmd+Enter to the form.
 */
export function useShortcuts({ openShortcutsHelp }: ShortcutHandlers): void {
  const navigation = useNavigation()
  const readOnly = useDatasetInfo().data?.readOnly ?? false
  const { section, stack, selection, openRecord, closeAll } = navigation

  const newRecord = () => {
    const kind = KIND_OF_SECTION[section]
    if (kind && !readOnly) openRecord(kind, null)
  }
  const step = (direction: 1 | -1) => () => {
    // Only a record opened from its table moves through the table; one stacked on another does not.
    if (!selection?.id || stack.length !== 1) return
    const next = neighbour(recordSequence(selection.kind), selection.id, direction)
    if (next) openRecord(selection.kind, next, { tab: selection.tab })
  }

  // With a modifier: also while typing, where they have no meaning of their own.
  useHotkeys(
    [
      ['mod+N', newRecord],
      ['mod+F', () => focusTableSearch(closeAll)],
      ['alt+ArrowDown', step(1)],
      ['alt+ArrowUp', step(-1)],
    ],
    [],
  )
  // A bare "?" is a character in a text field: only outside one.
  useHotkeys([
    ['shift+?', openShortcutsHelp],
    ['?', openShortcutsHelp],
  ])
}
