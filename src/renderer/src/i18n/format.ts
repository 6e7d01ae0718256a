import { useTranslation } from 'react-i18next'

/** Intl's name for the interface language: 'zh-Hans' formats as Simplified Chinese. */
function locale(language: string): string {
  return language === 'zh-Hans' ? 'zh-Hans-CN' : 'en-GB'
}

/** Numbers and dates in the interface language's way ("1,223" / "1,223"; "29 Nov 2026" / "2026年11月29日"). */
export function useFormat() {
  const { i18n } = useTranslation()
  const tag = locale(i18n.language)
  return {
    number: (value: number) => value.toLocaleString(tag),
    date: (value: Date | string) =>
      new Date(value).toLocaleDateString(tag, { year: 'numeric', month: 'short', day: 'numeric' }),
    dateTime: (value: Date | string) =>
      new Date(value).toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'short' }),
    percent: (value: number) => value.toLocaleString(tag, { style: 'percent', maximumFractionDigits: 0 }),
  }
}
