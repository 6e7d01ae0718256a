import { Alert, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MergeClaim, Site } from '@shared/domain'
import { mainName } from '../site-text'
import { useClaimText } from '../useClaimText'

/**
 * Why the kept site is the one kept: main's case for it (approved, older, fuller, stable id). After
 * a swap that keeps the weaker record, the same case is given as a warning for the other one.
 */
export function ClaimNote({ claim, kept, removed }: { claim: MergeClaim; kept: Site; removed: Site }) {
  const { t, i18n } = useTranslation('duplicates')
  const say = useClaimText()
  const keptStronger = claim.keep === kept.id
  if (claim.reasons.length === 0) {
    return (
      <Text size="sm" data-testid="merge-claim">
        {t('claim.even')}
      </Text>
    )
  }
  const stronger = keptStronger ? kept : removed
  return (
    <Alert
      color={keptStronger ? 'teal' : 'orange'}
      variant="light"
      p="xs"
      data-testid="merge-claim"
      title={
        keptStronger
          ? t('claim.keptBecause', { name: mainName(kept.name, i18n.language) || kept.id })
          : t('claim.otherStronger', { name: mainName(stronger.name, i18n.language) || stronger.id })
      }
    >
      <List size="sm" spacing={2}>
        {claim.reasons.map((reason) => (
          <List.Item key={reason.kind}>{say(reason)}</List.Item>
        ))}
      </List>
    </Alert>
  )
}
