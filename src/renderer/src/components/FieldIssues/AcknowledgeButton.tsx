import { useState } from 'react'
import { Button, Group, Modal, Text, Textarea, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ValidationIssue } from '../../../../shared/result'
import { useAcknowledgeIssue } from '../../hooks/useReview'
import { useHoldDrawer } from '../RecordDrawer/record-level'
import type { AcknowledgeTarget } from './form-issues'
import classes from './FieldIssues.module.css'

interface AcknowledgeButtonProps {
  issue: ValidationIssue
  target: AcknowledgeTarget
}

/** "Acknowledge…": accepts a warning on this record, with a reason the reviewer will read. */
export function AcknowledgeButton({ issue, target }: AcknowledgeButtonProps) {
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
          Acknowledge…
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
          notifications.show({ message: 'Warning acknowledged. Undo takes it back.', color: 'teal' })
        },
        onError: (error) => {
          notifications.show({ title: 'Not acknowledged', message: error.message, color: 'red' })
        },
      },
    )
  }

  return (
    <>
      <Button variant="subtle" size="compact-xs" className={classes.action} onClick={() => setOpened(true)}>
        Acknowledge…
      </Button>
      <Modal opened={opened} onClose={close} title="Acknowledge this warning" centered>
        <Text size="sm" mb="xs">
          {issue.message}
        </Text>
        <Text size="xs" c="dimmed" mb="md">
          The warning stays on the record, marked as seen, with your name and reason. It no longer counts as
          an open problem.
        </Text>
        <Textarea
          label="Reason"
          description="Why this is right as it is, for the reviewer"
          required
          autosize
          minRows={2}
          maxRows={6}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={tried && !reason.trim() ? 'Give a reason.' : undefined}
          data-autofocus
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={submit} loading={acknowledge.isPending}>
            Acknowledge
          </Button>
        </Group>
      </Modal>
    </>
  )
}
