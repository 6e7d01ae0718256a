import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/result'
import { bySeverity, SEVERITY_COLORS } from '@renderer/lib/issues'
import { IssueList } from '../FieldIssues/IssueList'

/** Main's refusal of a save, as record-service writes it: said again in the interface language. */
const REFUSAL = /^The (site|source|statement|property) was not (saved|approved): (\d+) problems? to fix\.$/

type RefusedKind = 'site' | 'source' | 'statement' | 'property'

function useRefusalText(): (message: string) => string {
  const { t } = useTranslation(['forms', 'shell'])
  return (message) => {
    const match = REFUSAL.exec(message)
    if (!match) return message
    // The pattern admits only these words, so tsc checks the keys made from them.
    const [, kind, what, count] = match as unknown as [string, RefusedKind, 'saved' | 'approved', string]
    return t(`forms:refused.${what}`, {
      kind: t(`shell:command.kind.${kind}`),
      count: Number(count),
    })
  }
}

interface FormIssuesAlertProps {
  /** Issues that belong to no field of the form (the record itself, hidden fields). */
  issues: readonly ValidationIssue[]
  /** Main's message when it refused the last save: "The site was not approved: 1 problem to fix." */
  failure?: string | null
  /** How many issues came with that refusal. */
  failureIssues?: number
}

/**
 * At the top of a form: why main refused the last save (the problems themselves are under their
 * fields), and the issues no field shows.
 */
export function FormIssuesAlert({ issues, failure, failureIssues = 0 }: FormIssuesAlertProps) {
  const { t } = useTranslation(['forms', 'shell'])
  const refusal = useRefusalText()
  if (failure) {
    return (
      <Alert color="red" variant="light" title={refusal(failure)} role="alert">
        {issues.length > 0 ? (
          <IssueList issues={issues} />
        ) : (
          failureIssues > 0 && <Text size="sm">{t('issues.eachMarked')}</Text>
        )}
      </Alert>
    )
  }
  const [worst] = bySeverity(issues)
  if (!worst) return null
  return (
    <Alert color={SEVERITY_COLORS[worst.severity]} variant="light" title={t('issues.aboutRecord')}>
      <IssueList issues={issues} />
    </Alert>
  )
}
