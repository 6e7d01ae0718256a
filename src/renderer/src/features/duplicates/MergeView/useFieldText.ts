import { useTranslation } from 'react-i18next'
import type { Site } from '@shared/domain'
import { useLabels } from '@renderer/i18n/useLabels'

/** Labels and values of the fields a merge chooses between, in the interface language. */
export function useFieldText() {
  const { t } = useTranslation('duplicates')
  const labels = useLabels()

  const label = (path: string): string => {
    const [, field = '', lang] = path.split('/')
    if (lang !== undefined) return t(`field.${field}`, { lang, defaultValue: `${field} (${lang})` })
    return t(`field.${field}`, { defaultValue: field })
  }

  const value = (path: string, raw: unknown): string => {
    if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return t('value.none')
    const field = path.split('/')[1]
    if (typeof raw === 'boolean') return labels.yesNo(raw)
    if (field === 'category') return labels.category(raw as string)
    if (field === 'status') return labels.status(raw as Site['status'])
    if (field === 'regions') return (raw as string[]).map(labels.region).join(', ')
    if (field === 'location') {
      const { latitude, longitude } = raw as NonNullable<Site['location']>
      return `${latitude}, ${longitude}`
    }
    if (Array.isArray(raw)) return raw.join(', ')
    return String(raw)
  }

  return { label, value }
}
