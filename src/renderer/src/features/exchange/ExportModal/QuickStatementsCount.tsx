import { Alert, Loader, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { QuickStatementsPreview } from '@shared/domain'
import { api, reviewKeys } from '@renderer/lib/api'
import { useFormat } from '@renderer/i18n/format'

/** Why an export has no command, in the curator's words (the QuickStatements namespace's `reason`). */
export function QuickStatementsReason({ reason }: { reason: NonNullable<QuickStatementsPreview['reason']> }) {
  const { t } = useTranslation('quickstatements')
  return <>{t(`reason.${reason}`)}</>
}

/**
 * Before a QuickStatements export runs: how many statements will yield commands (with the
 * options chosen), or that none will and why.
 */
export function QuickStatementsCount({ approvedOnly }: { approvedOnly: boolean }) {
  const { t } = useTranslation('quickstatements')
  const format = useFormat()
  const preview = useQuery({
    queryKey: reviewKeys.quickStatements(approvedOnly),
    queryFn: () => api.previewQuickStatements({ approvedOnly }),
    // Counted afresh each time the dialog shows it: a cheap count, and the dataset may have changed.
    staleTime: 0,
  })
  if (preview.isPending) return <Loader size="xs" aria-label={t('counting')} />
  if (preview.isError) return null
  const { statements, commands, sitesWithItem, reason } = preview.data
  if (reason) {
    return (
      <Alert color="orange" title={t('noneTitle')} data-testid="quickstatements-count">
        <QuickStatementsReason reason={reason} />
      </Alert>
    )
  }
  return (
    <Text size="sm" data-testid="quickstatements-count">
      {t('willWrite', {
        statements: t('statements', { count: statements, formatted: format.number(statements) }),
        commands: t('commands', { count: commands, formatted: format.number(commands) }),
        sites: t('sites', { count: sitesWithItem, formatted: format.number(sitesWithItem) }),
      })}
    </Text>
  )
}
