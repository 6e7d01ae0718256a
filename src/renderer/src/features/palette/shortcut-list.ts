/** A key as the help shows it: a modifier, a named key (translated) or a character. */
export type KeyToken = 'mod' | 'alt' | 'shift' | 'ctrl' | 'enter' | 'escape' | 'up' | 'down' | (string & {})

export interface ShortcutItem {
  /** Key in the `shortcuts:items` namespace. */
  item: string
  /** Alternative key combinations, each pressed together. */
  keys: KeyToken[][]
}

export interface ShortcutGroup {
  group: 'anywhere' | 'tables' | 'records' | 'forms'
  items: ShortcutItem[]
}

/**
 * Every shortcut the app has, as the help dialog lists them. Where they are handled:
 * hooks/useShortcuts.ts, hooks/useUndoRedo.ts, the palette (CommandPalette), the drawer (Escape),
 * the forms (useRecordForm's save, components/FormShell/useFormKeys.ts) and the native menu.
 */
export function shortcutGroups(mac: boolean): ShortcutGroup[] {
  return [
    {
      group: 'anywhere',
      items: [
        { item: 'palette', keys: [['mod', 'K']] },
        { item: 'help', keys: [['?']] },
        { item: 'undo', keys: [['mod', 'Z']] },
        {
          item: 'redo',
          keys: mac
            ? [['mod', 'shift', 'Z']]
            : [
                ['mod', 'shift', 'Z'],
                ['ctrl', 'Y'],
              ],
        },
        { item: 'openDataset', keys: [['mod', 'O']] },
        { item: 'newDataset', keys: [['mod', 'shift', 'N']] },
      ],
    },
    {
      group: 'tables',
      items: [
        { item: 'find', keys: [['mod', 'F']] },
        { item: 'newRecord', keys: [['mod', 'N']] },
        { item: 'openRow', keys: [['enter']] },
      ],
    },
    {
      group: 'records',
      items: [
        { item: 'nextRecord', keys: [['alt', 'down']] },
        { item: 'previousRecord', keys: [['alt', 'up']] },
        { item: 'close', keys: [['escape']] },
      ],
    },
    {
      group: 'forms',
      items: [
        { item: 'nextField', keys: [['enter']] },
        {
          item: 'save',
          keys: [
            ['mod', 'S'],
            ['mod', 'enter'],
          ],
        },
      ],
    },
  ]
}

const MAC_KEYS: Record<string, string> = { mod: '⌘', alt: '⌥', shift: '⇧', ctrl: '⌃' }
const PC_KEYS: Record<string, string> = { mod: 'Ctrl', alt: 'Alt', shift: 'Shift', ctrl: 'Ctrl' }
const NAMED = new Set(['enter', 'escape', 'up', 'down'])

/** A modifier's name on this system, a named key's translation key, or the character itself. */
export function keyLabel(token: KeyToken, mac: boolean): { text: string } | { named: string } {
  if (NAMED.has(token)) return { named: token }
  return { text: (mac ? MAC_KEYS : PC_KEYS)[token] ?? token }
}
