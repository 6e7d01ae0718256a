import { useState } from 'react'
import { Button, Group, Modal, Text, Textarea, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/result'
import { useAcknowledgeIssue } from '@renderer/hooks/useReview'
import { useRuleText } from '@renderer/lib/rules'
import { useHoldDrawer } from '../RecordDrawer/record-level'
import type { AcknowledgeTarget } from './form-issues'
import classes from './FieldIssues.module.css'

interface AcknowledgeButtonProps {
  issue: ValidationIssue
  target: AcknowledgeTarget
}

/** "Acknowledge…": accepts a warning on this record, with a reason the reviewer will read. */
export function AcknowledgeButton({ issue, target }: AcknowledgeButtonProps) {
  const { t } = useTranslation('forms')
  const { message } = useRuleText()
  const [opened, setOpened] = useState(false)
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const acknowledge = useAcknowledgeIssue()
  useHoldDrawer(opened)

  if (target.blockedReason) {
    return (
      <Tooltip label={target.blockedReason} multiline maw={280}>
        {/* Focusable, so that keyboard users reach the tooltip that says why. */}
        <Button
          variant="subtle"
          size="compact-xs"
          className={classes.action}
          data-disabled
          aria-disabled="true"
          onClick={(event) => event.preventDefault()}
        >
          {t('issues.acknowledge')}
        </Button>
      </Tooltip>
    )
  }

  const close = () => {
    setOpened(false)
    setReason('')
    setTried(false)
  }
  const submit = () => {
    setTried(true)
    if (!reason.trim()) return
    acknowledge.mutate(
      { ...target, rule: issue.rule, path: issue.path, reason: reason.trim() },
      {
        onSuccess: () => {
          close()
          notifications.show({ message: t('issues.acknowledged'), color: 'teal' })
        },
        onError: (error) => {
          notifications.show({ title: t('issues.notAcknowledged'), message: error.message, color: 'red' })
        },
      },
    )
  }

  return (
    <>
      <Button variant="subtle" size="compact-xs" className={classes.action} onClick={() => setOpened(true)}>
        {t('issues.acknowledge')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('issues.acknowledgeTitle')} centered>
        <Text size="sm" mb="xs">
          {message(issue)}
        </Text>
        <Text size="xs" c="dimmed" mb="md">
          {t('issues.acknowledgeHelp')}
        </Text>
        <Textarea
          label={t('issues.reason')}
          description={t('issues.reasonHelp')}
          required
          autosize
          minRows={2}
          maxRows={6}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={tried && !reason.trim() ? t('issues.reasonMissing') : undefined}
          data-autofocus
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('cancel')}
          </Button>
          <Button onClick={submit} loading={acknowledge.isPending}>
            {t('issues.acknowledgeButton')}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
