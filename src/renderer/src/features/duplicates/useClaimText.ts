import { useTranslation } from 'react-i18next'
import type { ClaimReason, DuplicateReasons } from '@shared/domain'
import { useFormat } from '@renderer/i18n/format'
import { useLabels } from '@renderer/i18n/useLabels'

/** Why a site is kept by default, one phrase per reason, in the interface language. */
export function useClaimText() {
  const { t } = useTranslation('duplicates')
  const format = useFormat()
  const labels = useLabels()
  return (reason: ClaimReason): string => {
    switch (reason.kind) {
      case 'status':
        return t('claim.status', { kept: labels.status(reason.kept), other: labels.status(reason.other) })
      case 'older':
        return t('claim.older', { kept: format.date(reason.kept), other: format.date(reason.other) })
      case 'fields':
        return t('claim.fields', { kept: reason.kept, other: reason.other })
      case 'stableId':
        return t('claim.stableId', { id: reason.id })
    }
  }
}

/** "same UNESCO id 438": the identifiers a pair shares, which put it at the top of the list. */
export function useSharedIdText() {
  const { t } = useTranslation('duplicates')
  return (reasons: DuplicateReasons): string[] =>
    (reasons.sharedIds ?? []).map((shared) => t(`reason.sharedId.${shared.field}`, { value: shared.value }))
}
