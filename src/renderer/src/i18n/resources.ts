import type { UiLanguage } from '@shared/domain'

type Namespaces = Record<string, Record<string, unknown>>

// Every locales/<language>/<namespace>.json, bundled at build time.
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
})

function byLanguage(): Record<UiLanguage, Namespaces> {
  const result: Record<string, Namespaces> = { en: {}, 'zh-Hans': {} }
  for (const [file, strings] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file)
    if (!match) continue
    const [, language = '', namespace = ''] = match
    ;(result[language] ??= {})[namespace] = strings
  }
  return result as Record<UiLanguage, Namespaces>
}

export const resources = byLanguage()
