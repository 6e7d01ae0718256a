import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { UI_LANGUAGES, type UiLanguage } from '@shared/domain'
import { resources } from './resources'

/**
 * The interface's strings, one JSON file per namespace and language under `locales/` (a feature
 * owns its namespace, so two features never edit one file). Bundled: no network, no flash of keys.
 */
export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: Object.keys(resources.en),
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
  // A key that no language has is a bug: report it as an uncaught error, which the e2e run fails on.
  saveMissing: true,
  missingKeyHandler: (_languages, namespace, key) => {
    setTimeout(() => {
      throw new Error(`No translation for "${namespace}:${key}"`)
    })
  },
})

// The page follows the language: `lang` picks the CJK fonts and line breaking, the title is the app's name.
i18n.on('languageChanged', (language) => {
  if (typeof document === 'undefined') return
  document.documentElement.lang = language
  document.title = i18n.t('common:appName')
})

/** The language to start in when the curator has not chosen one: the system's, if the app speaks it. */
export function systemLanguage(languages: readonly string[] = navigator.languages): UiLanguage {
  return languages.some((lang) => lang.toLowerCase().startsWith('zh')) ? 'zh-Hans' : 'en'
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return (UI_LANGUAGES as readonly unknown[]).includes(value)
}
