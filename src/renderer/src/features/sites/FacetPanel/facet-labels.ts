import { useTranslation } from 'react-i18next'
import { SITE_FACETS, type SiteFacetName } from '@shared/domain'
import { useLabels } from '@renderer/i18n/useLabels'
import { criterionLabel } from '@renderer/lib/labels'

/** The facets in the order the panel shows them: the list main counts them by. */
export const FACET_ORDER = SITE_FACETS

const regionNames = new Map<string, Intl.DisplayNames>()

/** A state party's name in the interface language ("China" / "中国"), or its code when Intl has none. */
export function statePartyName(code: string, language: string): string {
  let names = regionNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language === 'zh-Hans' ? 'zh-Hans' : 'en'], {
      type: 'region',
      fallback: 'none',
    })
    regionNames.set(language, names)
  }
  try {
    return names.of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

/** The facet names and the labels of their values, in the interface language. */
export function useFacetLabels() {
  const { t, i18n } = useTranslation('tables')
  const labels = useLabels()
  const value = (facet: SiteFacetName, v: string): string => {
    switch (facet) {
      case 'category':
        return labels.category(v)
      case 'statesParties':
        return statePartyName(v, i18n.language)
      case 'regions':
        return labels.region(v)
      case 'criteria':
        return criterionLabel(v)
      case 'decade':
        return t('facets.decadeValue', { decade: v })
      case 'inDanger':
        return labels.yesNo(v === 'yes')
      case 'status':
        return labels.status(v as Parameters<typeof labels.status>[0])
      case 'issues':
        return v === 'none'
          ? t('facets.noIssues')
          : labels.severity(v as Parameters<typeof labels.severity>[0])
      case 'coverage':
        return t(`facets.coverageValue.${v}`, { defaultValue: v })
    }
  }
  return { facet: (facet: SiteFacetName) => t(`facets.name.${facet}`), value }
}
