import { useState } from 'react'
import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { notifications } from '@mantine/notifications'
import type { ExportResult } from '@shared/exchange'
import type { ValidationIssue } from '@shared/result'
import { useJob } from '@renderer/hooks/useJob'
import { type EditableKind, useNavigation } from '@renderer/hooks/useNavigation'
import { ApiCallError } from '@renderer/lib/api'
import { exchangeApi, isCancelled } from '../exchange-api'
import { EXPORT_DEFAULTS, exportOptions, FORMATS } from '../export-model'
import { JobProgress } from '../JobProgress/JobProgress'
import { ExportForm } from './ExportForm'
import { ExportRefusal } from './ExportRefusal'
import { ExportResultView } from './ExportResultView'

type Outcome =
  | { kind: 'done'; result: ExportResult }
  | { kind: 'refused'; message: string; issues: ValidationIssue[] }
  | { kind: 'failed'; message: string }

interface ExportModalProps {
  opened: boolean
  onClose: () => void
}

/** Export: choose format and options, follow the progress, then see what was written and left out. */
export function ExportModal({ opened, onClose }: ExportModalProps) {
  const { t } = useTranslation('exchange')
  const [choices, setChoices] = useState(EXPORT_DEFAULTS)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const job = useJob('export')
  const { openRecord } = useNavigation()
  const formatLabel = FORMATS.find((f) => f.value === choices.format)?.label ?? choices.format

  const start = async () => {
    setOutcome(null)
    try {
      const result = await job.run((jobId) => exchangeApi.exportDataset(exportOptions(choices, jobId)))
      if (result) setOutcome({ kind: 'done', result })
    } catch (error) {
      if (isCancelled(error)) {
        notifications.show({ message: t('cancelled'), color: 'gray' })
      } else if (error instanceof ApiCallError && error.code === 'VALIDATION' && error.issues.length > 0) {
        setOutcome({ kind: 'refused', message: error.message, issues: error.issues })
      } else {
        setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      }
    }
  }

  const close = () => {
    if (job.running) job.cancel()
    setOutcome(null)
    onClose()
  }
  const openFromReport = (kind: EditableKind, id: string) => {
    close()
    openRecord(kind, id)
  }

  let body
  if (job.running) {
    body = (
      <JobProgress
        label={t('exporting', { format: formatLabel })}
        progress={job.progress}
        cancelling={job.cancelling}
        onCancel={job.cancel}
      />
    )
  } else if (outcome?.kind === 'done') {
    body = (
      <Stack gap="md">
        <ExportResultView result={outcome.result} onOpenRecord={openFromReport} />
        <Group justify="flex-end" className="curator-modal-actions">
          <Button variant="default" onClick={() => setOutcome(null)}>
            {t('again')}
          </Button>
          <Button onClick={close}>{t('done')}</Button>
        </Group>
      </Stack>
    )
  } else if (outcome?.kind === 'refused') {
    body = (
      <Stack gap="md">
        <ExportRefusal message={outcome.message} issues={outcome.issues} onOpenRecord={openFromReport} />
        <Group justify="flex-end" className="curator-modal-actions">
          <Button variant="default" onClick={() => setOutcome(null)}>
            {t('back')}
          </Button>
          <Button onClick={close}>{t('close')}</Button>
        </Group>
      </Stack>
    )
  } else {
    body = (
      <Stack gap="md">
        {outcome?.kind === 'failed' && (
          <Alert color="red" title={t('failed')} role="alert">
            {t('nothingWritten', { message: outcome.message })}
          </Alert>
        )}
        <ExportForm value={choices} onChange={setChoices} />
        <Group justify="flex-end" className="curator-modal-actions">
          <Button variant="default" onClick={close}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void start()}>{t('export')}</Button>
        </Group>
      </Stack>
    )
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('title')}
      size={outcome?.kind === 'done' ? 1040 : outcome ? 'xl' : 'lg'}
      closeOnClickOutside={!job.running}
      centered
    >
      {body}
    </Modal>
  )
}
