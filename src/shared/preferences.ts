/**
 * The curator's preferences (language, theme, columns) and what the application menu asks the
 * window to do.
 */

/** The languages the app's own interface speaks (record names may be in any language). */
export const UI_LANGUAGES = ['en', 'zh-Hans'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]
/** 'auto' follows the operating system. */
export type ColorSchemePreference = 'auto' | 'light' | 'dark'

export interface Preferences {
  /**
   * Written into the history of every edit; absent until the curator gives it (the first start
   * asks), never taken from the operating-system account.
   */
  curatorName?: string
  /** Optional: with the name, the author of commits when the dataset is synced with git. */
  curatorEmail?: string
  /** The interface language; absent: the system's language when the app speaks it, else English. */
  language?: UiLanguage
  colorScheme?: ColorSchemePreference
  /** The columns each table shows, by table name ("sites"), in order; absent: the defaults. */
  tableColumns?: Record<string, string[]>
}

/** What the application menu asks the window to do (src/main/app/menu.ts). */
export type MenuCommand =
  | { command: 'undo' | 'redo' | 'find' | 'palette' | 'shortcuts' | 'import' | 'export' }
  | { command: 'color-scheme'; scheme: ColorSchemePreference }
  | { command: 'language'; language: UiLanguage }
