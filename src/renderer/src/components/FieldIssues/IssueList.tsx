import { VisuallyHidden } from '@mantine/core'
import type { ValidationIssue } from '@shared/result'
import { useTranslation } from 'react-i18next'
import { useLabels } from '@renderer/i18n/useLabels'
import { bySeverity } from '@renderer/lib/issues'
import { useRuleText } from '@renderer/lib/rules'
import { AcknowledgeButton } from './AcknowledgeButton'
import { RelatedRecordButton } from './RelatedRecordButton'
import { useFormIssues } from './form-issues'
import classes from './FieldIssues.module.css'

const MARKERS = { error: '✕', warning: '!', suggestion: 'i' } as const

/**
 * One issue: its message in the severity's colour, in the curator's words; the rule id, for
 * reviewers, on hover (and in `data-rule` on the line).
 */
export function IssueText({ issue }: { issue: ValidationIssue }) {
  const { t } = useTranslation('forms')
  const { severity } = useLabels()
  const { message } = useRuleText()
  return (
    <>
      <span className={classes.marker} aria-hidden>
        {MARKERS[issue.severity]}
      </span>
      <VisuallyHidden component="span">{severity(issue.severity)}: </VisuallyHidden>
      <span title={t('issues.rule', { rule: issue.rule })}>{message(issue)}</span>
    </>
  )
}

/**
 * Issues under a field or a section: errors red, warnings orange, suggestions blue; a warning
 * can be acknowledged, and an acknowledged one is shown muted with who accepted it and why.
 */
export function IssueList({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation('forms')
  const { acknowledge } = useFormIssues()
  if (issues.length === 0) return null
  return (
    <ul className={classes.list}>
      {bySeverity(issues).map((issue) => (
        <li
          key={`${issue.rule}${issue.path}${issue.message}`}
          className={classes.item}
          data-severity={issue.severity}
          data-acknowledged={issue.acknowledged ? true : undefined}
          data-rule={issue.rule}
        >
          <IssueText issue={issue} />
          {issue.related && <RelatedRecordButton related={issue.related} />}
          {issue.acknowledged ? (
            <span className={classes.ack}>
              {t('issues.acknowledgedBy', { by: issue.acknowledged.by, reason: issue.acknowledged.reason })}
            </span>
          ) : (
            issue.severity === 'warning' &&
            acknowledge && <AcknowledgeButton issue={issue} target={acknowledge} />
          )}
        </li>
      ))}
    </ul>
  )
}

/** Errors as the text of an input's error slot (a paragraph): one line each. */
export function ErrorLines({ issues }: { issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation('forms')
  const { message } = useRuleText()
  return (
    <>
      {issues.map((issue) => (
        <span
          key={`${issue.rule}${issue.path}${issue.message}`}
          className={classes.line}
          data-rule={issue.rule}
        >
          <span title={t('issues.rule', { rule: issue.rule })}>{message(issue)}</span>
          {issue.related && <RelatedRecordButton related={issue.related} />}
        </span>
      ))}
    </>
  )
}
