import type { Property } from '@shared/domain'

/** The dataset languages to read a property's texts in, for an interface language: Chinese first in the Chinese UI. */
export function textLanguages(uiLanguage: string): string[] {
  return uiLanguage.startsWith('zh') ? ['zh', 'zh-Hans', 'en'] : ['en']
}

/** A property's label in the interface's language where it has one, else English, else its first, else its id. */
export function localPropertyLabel(property: Property | undefined, uiLanguage: string, id = ''): string {
  if (!property) return id
  for (const lang of textLanguages(uiLanguage)) if (property.label[lang]) return property.label[lang]
  return Object.values(property.label)[0] ?? property.id
}

/** Ids and patterns are typed in the monospace face; their labels stay in the interface's. */
export const MONOSPACE_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } as const
