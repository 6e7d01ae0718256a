import { useEffect, useRef } from 'react'
import { useMantineColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ColorSchemePreference, Preferences, UiLanguage } from '@shared/domain'
import { usePreferences, useSavePreferences } from '../hooks/useDatasetTools'
import { systemLanguage } from './i18n'

/** Puts the saved language and theme into effect once the preferences arrive from main. */
export function useApplyInterfacePreferences(): void {
  const preferences = usePreferences().data
  const { i18n } = useTranslation()
  const { setColorScheme } = useMantineColorScheme()
  // Mantine's setColorScheme is a new function on every render: without this guard the effect
  // would run (and restyle the page) on every render of the shell, not once per saved change.
  const applied = useRef<Preferences | undefined>(undefined)
  useEffect(() => {
    if (!preferences || applied.current === preferences) return
    applied.current = preferences
    const language = preferences.language ?? systemLanguage()
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
    setColorScheme(preferences.colorScheme ?? 'auto')
  }, [preferences, i18n, setColorScheme])
}

/** Switches the language or theme at once and remembers it (main's settings.json). */
export function useInterfaceSwitch() {
  const { i18n } = useTranslation()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const save = useSavePreferences()
  return {
    language: i18n.language as UiLanguage,
    colorScheme: colorScheme as ColorSchemePreference,
    setLanguage(language: UiLanguage) {
      void i18n.changeLanguage(language)
      document.documentElement.lang = language
      save.mutate({ language })
    },
    setColorScheme(scheme: ColorSchemePreference) {
      setColorScheme(scheme)
      save.mutate({ colorScheme: scheme })
    },
  }
}
