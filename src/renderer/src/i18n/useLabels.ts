import { useMemo } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { CurationStatus, Site, Source, Statement } from '@shared/domain'
import type { Severity } from '@shared/result'

/** Nouns that `count` knows: "59 sites" / "59 处遗产地". */
export type CountNoun = 'site' | 'source' | 'statement' | 'problem' | 'record'

/**
 * The words for the dataset's fixed values (status, category, region, source type, rank, severity)
 * in the interface language. Stored values stay English codes; only their labels are translated.
 * The same object until the language changes, so that memoized rows and columns can depend on it.
 */
export function useLabels() {
  const { t } = useTranslation('labels')
  return useMemo(() => labelsOf(t), [t])
}

function labelsOf(t: TFunction<'labels'>) {
  return {
    status: (value: CurationStatus) => t(`status.${value}`),
    category: (value: Site['category'] | string) => t(`category.${value}`, { defaultValue: value }),
    region: (value: Site['regions'][number] | string) => t(`region.${value}`, { defaultValue: value }),
    sourceType: (value: Source['type']) => t(`sourceType.${value}`, { defaultValue: value }),
    rank: (value: Statement['rank']) => t(`rank.${value}`),
    severity: (value: Severity) => t(`severity.${value}`),
    yesNo: (value: boolean) => t(value ? 'yesNo.yes' : 'yesNo.no'),
    count: (count: number, noun: CountNoun) => t(`count.${noun}`, { count }),
    /** "1 error", "3 warnings" / "3 个警告". */
    severityCount: (severity: Severity, count: number) => t(`severityCount.${severity}`, { count }),
    noName: () => t('noName'),
  }
}
