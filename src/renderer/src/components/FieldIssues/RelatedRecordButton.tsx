import { Button, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/result'
import { useNavigation } from '@renderer/hooks/useNavigation'
import classes from './FieldIssues.module.css'

/**
 * "Open “Mogao Caves”": the other record an issue names (the site that already has this UNESCO
 * id), opened over the form so that the curator can compare; closing it comes back with the
 * edits in place.
 */
export function RelatedRecordButton({ related }: { related: NonNullable<ValidationIssue['related']> }) {
  const { t } = useTranslation('constraints')
  const { openOver } = useNavigation()
  return (
    <Tooltip label={t('openRelatedHelp')} multiline maw={280}>
      <Button
        variant="subtle"
        size="compact-xs"
        className={classes.action}
        data-related={`${related.kind}:${related.id}`}
        onClick={() => openOver(related.kind, related.id)}
      >
        {t('openRelated', { label: related.label })}
      </Button>
    </Tooltip>
  )
}
