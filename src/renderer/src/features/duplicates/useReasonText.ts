import { useTranslation } from 'react-i18next'
import type { DuplicateReasons } from '@shared/domain'
import { useFormat } from '@renderer/i18n/format'
import { useSharedIdText } from './useClaimText'

/** "same UNESCO id 438 · names 92% alike · 1.2 km apart · both CN", in the interface language. */
export function useReasonText() {
  const { t } = useTranslation('duplicates')
  const format = useFormat()
  const sharedIds = useSharedIdText()
  return (reasons: DuplicateReasons): string[] => {
    const parts = [
      ...sharedIds(reasons),
      reasons.name === null
        ? t('reason.otherScripts')
        : t('reason.names', { percent: format.percent(reasons.name) }),
    ]
    if (reasons.distanceKm === null) parts.push(t('reason.noPoint'))
    else if (reasons.distanceKm < 0.1) parts.push(t('reason.samePoint'))
    else {
      const km = reasons.distanceKm
      parts.push(t('reason.apart', { km: km < 10 ? km.toFixed(1) : format.number(Math.round(km)) }))
    }
    if (reasons.sharedStates === null) parts.push(t('reason.noStates'))
    else if (reasons.sharedStates.length === 0) parts.push(t('reason.otherStates'))
    else parts.push(t('reason.sharedStates', { states: reasons.sharedStates.join(', ') }))
    return parts
  }
}
